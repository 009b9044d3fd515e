package vn.dangbo.baocao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;

/**
 * The screens of issue 14 at a desktop (1440×900), a tablet (820×1180) and a phone (390×844): axe-core finds no
 * serious or critical violation on the inbox, the unit's editor, the review and the approval; the keyboard reaches
 * "Nộp" through the fields only; risky actions ask first; a notification opens its task; the audit search names the
 * report. Changed screens are saved under docs/screenshots.
 */
@IntegrationTest
class ScreensBrowserIT extends BrowserTest {

    private static final Path DOCS = Path.of("docs/screenshots");
    private static final Dimension DESKTOP = new Dimension(1440, 900);
    private static final Dimension TABLET = new Dimension(820, 1180);
    private static final Dimension PHONE = new Dimension(390, 844);
    private static String axe;

    @Test
    void inboxEditorReviewAndApprovalHaveNoSeriousViolationAtAnySize() throws IOException {
        Scenario s = new Scenario(port);
        long draft = s.openReport(2031, 1);
        s.writeAll("congan", draft, "Bản đầu");
        s.submit("congan", draft);
        String contribute = s.task("ubnd", draft, "CONTRIBUTE", null).get("id").asText();
        String review = s.task("vanphong", draft, "REVIEW", "congan").get("id").asText();

        long approved = s.openReport(2031, 2);
        s.collectAll(approved);
        s.writeOfficeSections(approved, "Đánh giá của Văn phòng");
        s.completeOk(
                "vanphong",
                s.task("vanphong", approved, "CONSOLIDATE", null).get("id").asText(),
                "FORWARD",
                null);
        String approve = s.task("bithu", approved, "APPROVE", null).get("id").asText();

        List<String> found = new ArrayList<>();
        for (Dimension size : List.of(DESKTOP, TABLET, PHONE)) {
            browser.driver.manage().window().setSize(size);
            String at = size.getWidth() + "x" + size.getHeight();
            browser.signIn("ubnd", Scenario.PASSWORD);
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inbox")));
            found.addAll(serious("inbox " + at));
            browser.open("/cong-viec/" + contribute, "item-C-I-1");
            found.addAll(serious("editor " + at));
            browser.signIn("vanphong", Scenario.PASSWORD);
            browser.open("/cong-viec/" + review, "accept");
            found.addAll(serious("review " + at));
            if (size == TABLET) {
                docsScreenshot("tablet-review");
            }
            browser.signIn("bithu", Scenario.PASSWORD);
            browser.open("/cong-viec/" + approve, "document");
            found.addAll(serious("approval " + at));
            if (size == PHONE) {
                docsScreenshot("phone-approval");
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theKeyboardStartsAtTheSkipLinkAndReachesSubmitThroughTheFieldsOnly() throws IOException {
        browser.driver.manage().window().setSize(DESKTOP);
        Scenario s = new Scenario(port);
        long reportId = s.openReport(2031, 3);
        String taskId = s.task("ubnd", reportId, "CONTRIBUTE", null).get("id").asText();
        browser.signIn("ubnd", Scenario.PASSWORD);
        browser.open("/cong-viec/" + taskId, "item-C-I-1");

        // the first Tab stop of a screen is the skip link, and it leads to the main content
        new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        assertThat(activeId()).isEqualTo("skip-link");
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        browser.wait.until(d -> "main-content".equals(activeId()));

        // each stop is a field the unit writes in or an action: never a computed (read-only) figure
        long fields = (Long) script("return document.querySelectorAll('#main-content :is(vaadin-text-area,"
                + " vaadin-text-field, vaadin-number-field, vaadin-integer-field):not([readonly])').length");
        long attach =
                (Long) script("return document.querySelectorAll('#main-content .attachments vaadin-button').length");
        long computed = (Long) script("return document.querySelectorAll('#main-content .computed').length");
        long opens = (Long) script("return document.querySelectorAll('#main-content vaadin-details-summary,"
                + " #main-content a[href]').length");
        List<String> stops = new ArrayList<>();
        List<String> readOnlyStops = new ArrayList<>();
        int tabs = 0;
        while (tabs < 400 && !"submit".equals(activeHostId())) {
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
            tabs++;
            stops.add(String.valueOf(script("const e = document.activeElement; const h = e.closest('[id]');"
                    + " return e.tagName.toLowerCase() + (h ? '#' + h.id : '')")));
            Object readOnly = script("const e = document.activeElement;"
                    + " return e && (e.readOnly === true || !!e.closest('[readonly], .computed'))"
                    + " ? (e.closest('[id]') || e).id : null");
            if (readOnly != null) {
                readOnlyStops.add(readOnly.toString());
            }
        }
        assertThat(activeHostId()).isEqualTo("submit");
        assertThat(readOnlyStops).as("read-only fields in the Tab order").isEmpty();
        // the bound: every writable field, one "Thêm phụ lục" per section, each guidance panel or link in the form,
        // the two tools above it ("Lấy nội dung kỳ trước", "Nhập từ Word"), "Lưu" and "Nộp" itself: nothing else
        assertThat(tabs)
                .as(
                        "Tab stops to reach Nộp (%d fields, %d attach buttons, %d panels/links, %d computed): %s",
                        fields, attach, opens, computed, stops)
                .isLessThanOrEqualTo((int) (fields + attach + opens + 4))
                .isGreaterThanOrEqualTo((int) fields);
        System.out.printf(
                "Tab stops to reach Nộp: %d (%d fields, %d attach buttons, %d panels/links, %d computed skipped)%n",
                tabs, fields, attach, opens, computed);

        List<String> attachNames = names("#main-content .attachments vaadin-button");
        assertThat(attachNames).doesNotHaveDuplicates().allMatch(n -> n.startsWith("Thêm phụ lục cho mục "));

        // after moving to another screen, the focus is on its heading inside the main content, not on <body>
        browser.driver
                .findElement(By.cssSelector("vaadin-side-nav-item[path$='bao-cao']"))
                .click();
        browser.wait.until(ExpectedConditions.urlMatches(".*/bao-cao$"));
        browser.wait.until(d -> "H2".equals(script("return document.activeElement.tagName")));
        assertThat(String.valueOf(script("return document.activeElement.closest('[role=main]') != null")))
                .isEqualTo("true");
    }

    @Test
    void acceptingAPartAsksFirstAndGoingBackLeavesItOpen() throws IOException {
        browser.driver.manage().window().setSize(DESKTOP);
        Scenario s = new Scenario(port);
        long reportId = s.openReport(2031, 4);
        s.writeAll("truong", reportId, "Bản đầu");
        s.submit("truong", reportId);
        String review =
                s.task("vanphong", reportId, "REVIEW", "truong").get("id").asText();

        browser.signIn("vanphong", Scenario.PASSWORD);
        browser.open("/cong-viec/" + review, "accept");
        browser.click("accept");
        WebElement dialog = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-accept")));
        assertThat(browser.allText("confirm-accept")).isEqualTo("Chấp nhận");
        docsScreenshot("review-confirm");
        assertThat(
                        String.valueOf(
                                script(
                                        "return Array.from(document.querySelectorAll('vaadin-confirm-dialog"
                                                + " vaadin-button, vaadin-confirm-dialog-overlay vaadin-button')).map(b => b.innerText).join('|')")))
                .contains("Quay lại")
                .doesNotContain("Hủy");
        new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
        browser.wait.until(ExpectedConditions.invisibilityOf(dialog));
        assertThat(s.unitStatus(reportId, "truong")).isEqualTo("SUBMITTED");

        browser.click("accept");
        browser.click("confirm-accept");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inbox")));
        assertThat(s.unitStatus(reportId, "truong")).isEqualTo("ACCEPTED");

        // "Mở kỳ báo cáo" starts on a month, so the monthly template is the one proposed
        browser.open("/bao-cao/moi", "template");
        browser.wait.until(d -> String.valueOf(script("return document.querySelector('#template input').value"))
                .contains("nq57-thang"));
    }

    @Test
    void aNotificationOpensTheTaskItIsAbout() {
        browser.driver.manage().window().setSize(PHONE);
        Scenario s = new Scenario(port);
        long reportId = s.openReport(2031, 5);
        s.writeAll("ubnd", reportId, "Bản đầu");
        s.submit("ubnd", reportId);
        s.review(reportId, "ubnd", "RETURN", "Bổ sung số liệu.");
        String taskId = s.task("ubnd", reportId, "CONTRIBUTE", null).get("id").asText();

        browser.signIn("ubnd", Scenario.PASSWORD);
        browser.click("notification-bell-button");
        WebElement notice = browser.wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-popover-overlay .notification")));
        assertThat(notice.getAttribute("role")).isEqualTo("link");
        notice.click();
        browser.wait.until(ExpectedConditions.urlContains("/cong-viec/" + taskId));
    }

    @Test
    void theAuditSearchNamesTheReportOfEachEntry() throws IOException {
        browser.driver.manage().window().setSize(DESKTOP);
        Scenario s = new Scenario(port);
        long reportId = s.openReport(2031, 6);
        s.writeAll("congan", reportId, "Bản đầu");
        s.submit("congan", reportId);

        browser.signIn("admin", Scenario.PASSWORD);
        browser.driver.get(browser.url("/nhat-ky"));
        browser.wait.until(
                d -> !d.findElements(By.cssSelector("a[id^='audit-report-'][href$='bao-cao/" + reportId + "']"))
                        .isEmpty());
        WebElement link = browser.driver
                .findElements(By.cssSelector("a[id^='audit-report-'][href$='bao-cao/" + reportId + "']"))
                .get(0);
        assertThat(link.getText()).contains("tháng 6 năm 2031");
        String cells = String.valueOf(script("return Array.from(document.querySelectorAll('.audit-report'))"
                + ".map(c => c.innerText).join('\\n')"));
        assertThat(cells).contains("Mục ").doesNotContain("section:");
        docsScreenshot("audit-search");
    }

    private Object script(String js) {
        return ((JavascriptExecutor) browser.driver).executeScript(js);
    }

    private String activeId() {
        return String.valueOf(script("return document.activeElement && document.activeElement.id"));
    }

    /** The id of the Vaadin component holding the focus (a button's focus is on the host itself). */
    private String activeHostId() {
        return String.valueOf(script(
                "const e = document.activeElement; const h = e && e.closest('[id]');" + " return h ? h.id : null"));
    }

    @SuppressWarnings("unchecked")
    private List<String> names(String selector) {
        return (List<String>) ((JavascriptExecutor) browser.driver)
                .executeScript(
                        "return Array.from(document.querySelectorAll(arguments[0]))"
                                + ".map(b => b.getAttribute('aria-label') || b.innerText)",
                        selector);
    }

    @SuppressWarnings("unchecked")
    private List<String> serious(String screen) throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        js.executeScript(axeSource());
        List<String> result = (List<String>) js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ': ' + v.help + ' — ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
        browser.screenshot("axe-" + screen.replace(' ', '-'));
        return result.stream().map(v -> screen + ": " + v).toList();
    }

    private static synchronized String axeSource() throws IOException {
        if (axe == null) {
            try (InputStream in = ScreensBrowserIT.class.getResourceAsStream("/axe.min.js")) {
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return axe;
    }

    private void docsScreenshot(String name) throws IOException {
        browser.screenshot(name);
        Files.createDirectories(DOCS);
        Files.copy(
                Chromium.SCREENSHOTS.resolve(name + ".png"),
                DOCS.resolve(name + ".png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
