package vn.dangbo.baocao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;

/**
 * A chi bộ secretary's phone (390×844): inbox, editor, returned part, submit and notifications without
 * sideways scrolling, the first text box on the first screen. The pictures go to docs/screenshots.
 */
@IntegrationTest
class PhoneBrowserIT extends BrowserTest {

    private static final Path DOCS = Path.of("docs/screenshots");

    @BeforeEach
    void phone() {
        browser.driver.manage().window().setSize(new Dimension(390, 844));
    }

    @Test
    void theInboxAndTheEditorFitThePhoneAndTheFirstTextBoxIsOnTheFirstScreen() throws IOException {
        Scenario scenario = new Scenario(port);
        long reportId = scenario.openReport(2029, 4, java.time.Duration.ofHours(2));
        String taskId =
                scenario.task("ubnd", reportId, "CONTRIBUTE", null).get("id").asText();

        browser.signIn("ubnd", Scenario.PASSWORD);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#inbox .inbox-compact")));
        assertFitsWidth();
        assertThat(browser.allText("inbox")).contains("tháng 4 năm 2029");
        assertThat(headerHeight()).isLessThan(80);
        docsScreenshot("phone-inbox");

        browser.driver.findElements(By.cssSelector("#inbox .inbox-compact")).stream()
                .filter(e -> e.getText().contains("tháng 4 năm 2029"))
                .findFirst()
                .orElseThrow()
                .click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("item-A-1")));
        browser.script("window.scrollTo(0, 0)");
        assertFitsWidth();
        assertThat(firstTextBoxTop()).isLessThan(innerHeight());
        docsScreenshot("phone-editor");

        browser.type("item-E-main", "- Tiếp tục đẩy mạnh dịch vụ công trực tuyến toàn trình.");
        browser.click("submit");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("incomplete-list")));
        assertFitsWidth();
        docsScreenshot("phone-submit");
        browser.click("close-submit");
        assertThat(browser.driver.getCurrentUrl()).contains(taskId);
    }

    @Test
    void aReturnedPartAndItsNotificationFitThePhone() throws IOException {
        Scenario scenario = new Scenario(port);
        long reportId = scenario.openReport(2029, 5);
        scenario.writeAll("ubnd", reportId, "Bản đầu");
        scenario.submit("ubnd", reportId);
        scenario.review(
                reportId,
                "ubnd",
                "RETURN",
                "Bổ sung kết quả chữ ký số.\n" + "[E] Nêu rõ số thủ tục trực tuyến toàn trình sẽ triển khai.");
        String taskId =
                scenario.task("ubnd", reportId, "CONTRIBUTE", null).get("id").asText();

        browser.signIn("ubnd", Scenario.PASSWORD);
        browser.click("notification-bell-button");
        browser.wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-popover-overlay .notification")));
        assertThat(browser.driver
                        .findElement(By.tagName("vaadin-popover-overlay"))
                        .getText())
                .contains("đã bị trả lại");
        assertFitsWidth();
        assertThat(overlayRight()).isLessThanOrEqualTo(innerWidth());
        Object listFits = browser.script("const l = document.getElementById("
                + "'notification-list'); const o = document.querySelector('vaadin-popover-overlay');"
                + "const c = o.shadowRoot.querySelector('[part=content]');"
                + "return l.scrollWidth <= l.clientWidth && l.getBoundingClientRect().left >= 0"
                + " && (!c || c.scrollWidth <= c.clientWidth)");
        assertThat(listFits)
                .as("the notification list scrolls sideways or is cut")
                .isEqualTo(Boolean.TRUE);
        docsScreenshot("phone-notifications");

        browser.open("/cong-viec/" + taskId, "item-E-main");
        assertThat(browser.allText("comment-on-E")).contains("Nêu rõ số thủ tục trực tuyến toàn trình sẽ triển khai.");
        browser.type("item-E-main", "Bản đầu E.main\n- Triển khai 25 thủ tục trực tuyến toàn trình.");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#diff-E .diff-added")));
        assertFitsWidth();
        browser.scrollTo(By.id("comment-on-E"));
        docsScreenshot("phone-returned");
    }

    private void assertFitsWidth() {
        Object fits = browser.script("return document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits)
                .as(
                        "the page scrolls sideways: scrollWidth %s > innerWidth %s",
                        browser.script("return document.documentElement.scrollWidth"), innerWidth())
                .isEqualTo(Boolean.TRUE);
    }

    private long innerWidth() {
        return ((Number) browser.script("return window.innerWidth")).longValue();
    }

    private long innerHeight() {
        return ((Number) browser.script("return window.innerHeight")).longValue();
    }

    private long headerHeight() {
        return ((Number) browser.script("return document.querySelector('.app-header').getBoundingClientRect().height"))
                .longValue();
    }

    private long firstTextBoxTop() {
        return ((Number)
                        browser.script("return document.querySelector('vaadin-text-area').getBoundingClientRect().top"))
                .longValue();
    }

    private long overlayRight() {
        return ((Number) browser.script("const o = document.querySelector("
                        + "'vaadin-popover-overlay'); const p = o.shadowRoot.querySelector('[part=overlay]') || o;"
                        + "return p.getBoundingClientRect().right"))
                .longValue();
    }

    private void docsScreenshot(String name) throws IOException {
        browser.screenshot(name);
        Files.createDirectories(DOCS);
        Files.copy(
                Chromium.SCREENSHOTS.resolve(name + ".png"),
                DOCS.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
