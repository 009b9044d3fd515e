package vn.dangbo.baocao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;

/**
 * The chi bộ's section editor in real Chromium, each test on its own report of 2027 in the demo organisation
 * (nothing is issued there): figures in Vietnamese formats, broken rules, autosave, a returned part's
 * differences, and last period's content.
 */
@IntegrationTest
class SectionEditorBrowserIT extends BrowserTest {

    private static final Path DOCS = Path.of("target/screenshots");

    private Scenario scenario;

    private String openTask(int month) {
        scenario = new Scenario(port);
        long reportId = scenario.openReport(2027, month);
        return scenario.task("ubnd", reportId, "CONTRIBUTE", null).get("id").asText();
    }

    private void editTask(String taskId) {
        browser.signIn("ubnd", Scenario.PASSWORD);
        browser.open("/cong-viec/" + taskId, "item-C-I-1");
    }

    @Test
    void vietnameseNumbersAreReadAndTheRateIsComputedWhileTyping() throws IOException {
        editTask(openTask(3));
        // the outline's parents are shown once, before their first section
        assertThat(browser.driver.findElements(By.className("outline-heading")).stream()
                        .map(e -> e.getAttribute("textContent"))
                        .toList())
                .anySatisfy(h -> assertThat(h).endsWith("KẾT QUẢ THỰC HIỆN"))
                .anySatisfy(h -> assertThat(h).endsWith("ĐÁNH GIÁ CHUNG"));
        browser.type("figure-C-I-1-received", "1.235");
        browser.type("figure-C-I-1-received_full_online", "1.200");
        browser.type("figure-C-I-1-received_partial_online", "30");
        browser.type("figure-C-I-1-received_direct", "5");
        browser.type("figure-C-I-1-business_dvctt_rate", "99,6");

        browser.wait.until(d -> browser.value("figure-C-I-1-online_rate").startsWith("99,6"));
        assertThat(browser.value("figure-C-I-1-received_online")).isEqualTo("1.230");
        assertThat(browser.driver.findElement(By.id("figure-C-I-1-online_rate")).getText())
                .contains("%");
        assertThat(browser.fieldError("figure-C-I-1-received")).isEmpty();
        assertThat(browser.fieldError("figure-C-I-1-business_dvctt_rate")).isEmpty();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("saved-at"), "Đã lưu lúc"));
        browser.scrollTo(By.id("figure-C-I-1-tthc_total"));
        browser.screenshot("editor-figures");
        copyToDocs("editor-figures");
    }

    @Test
    void aBrokenRuleShowsNextToItsFieldsAndBlocksSubmitting() throws IOException {
        editTask(openTask(4));
        browser.type("figure-C-I-1-received", "100");
        browser.type("figure-C-I-1-on_time", "120");

        String rule = "Số hồ sơ xử lý đúng hạn không được lớn hơn tổng số hồ sơ tiếp nhận.";
        browser.wait.until(d -> browser.fieldError("figure-C-I-1-on_time").contains(rule));
        assertThat(browser.fieldError("figure-C-I-1-received")).contains(rule);
        assertThat(browser.fieldError("figure-C-I-1-tthc_total")).isEmpty();
        browser.screenshot("editor-broken-rule");

        browser.click("submit");
        assertThat(browser.text("incomplete-list")).contains(rule);
        assertThat(browser.driver.findElements(By.id("confirm-submit"))).isEmpty();
        browser.screenshot("editor-incomplete");
        browser.click("close-submit");

        browser.type("figure-C-I-1-on_time", "90");
        browser.wait.until(d -> browser.fieldError("figure-C-I-1-on_time").isEmpty());
    }

    @Test
    void autosavedTextSurvivesAReload() {
        String taskId = openTask(5);
        editTask(taskId);
        String text = "- Đã triển khai chữ ký số cho 100% cán bộ, công chức (lưu tự động).";
        browser.typeAndPause("item-E-main", text);
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("saved-at"), "Đã lưu lúc"));

        browser.driver.navigate().refresh();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("item-E-main")));
        assertThat(browser.value("item-E-main")).isEqualTo(text);
    }

    @Test
    void aReturnedPartShowsTheCommentAndWhatChangedSinceTheSubmission() throws IOException {
        scenario = new Scenario(port);
        long reportId = scenario.openReport(2027, 6);
        scenario.writeAll("ubnd", reportId, "Bản đầu");
        scenario.submit("ubnd", reportId);
        scenario.review(
                reportId,
                "ubnd",
                "RETURN",
                "Bổ sung số hồ sơ tiếp nhận và kết quả chữ ký số.\n" + "[C.I.1] Thiếu số hồ sơ tiếp nhận trong tháng.");
        String taskId =
                scenario.task("ubnd", reportId, "CONTRIBUTE", null).get("id").asText();

        editTask(taskId);
        assertThat(browser.text("last-comment"))
                .contains("Bổ sung số hồ sơ tiếp nhận và kết quả chữ ký số.", "Trần Thị Mai")
                .doesNotContain("[C.I.1]", "— vanphong");
        assertThat(browser.allText("comment-on-C-I-1"))
                .contains("Thiếu số hồ sơ tiếp nhận trong tháng.", "Trần Thị Mai");
        assertThat(browser.allText("section-C-I")).contains("Thiếu số hồ sơ tiếp nhận trong tháng.");
        assertThat(browser.allText("diff-E")).contains("Chưa có thay đổi so với bản đã nộp.");

        browser.type("item-E-main", "Bản đầu E.main\n- Hoàn thành cấp chữ ký số cho 25 cán bộ.");
        browser.type("figure-C-I-1-received", "1.235");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#diff-E .diff-added")));
        assertThat(browser.driver
                        .findElement(By.cssSelector("#diff-E .diff-added"))
                        .getText())
                .isEqualTo("- Hoàn thành cấp chữ ký số cho 25 cán bộ.");
        browser.wait.until(
                d -> browser.allText("diff-C-I").contains("Tổng số hồ sơ tiếp nhận trong kỳ báo cáo: (trống) → 1.235"));
        assertThat(browser.allText("diff-C-I"))
                .contains("So sánh với bản đã nộp (phiên bản 1)", "Bản đã nộp", "Bản đang sửa");
        browser.scrollTo(By.id("last-comment"));
        browser.screenshot("editor-returned");
        browser.scrollTo(By.id("diff-E"));
        browser.screenshot("editor-returned-diff");
        copyToDocs("editor-returned-diff");
    }

    @Test
    void lastPeriodsContentFillsTheEmptyItems() throws IOException {
        scenario = new Scenario(port);
        long previous = scenario.openReport(2027, 1);
        scenario.writeAll("ubnd", previous, "Kỳ trước");
        scenario.submit("ubnd", previous);
        scenario.review(previous, "ubnd", "ACCEPT", null);
        long reportId = scenario.openReport(2027, 2);
        String taskId =
                scenario.task("ubnd", reportId, "CONTRIBUTE", null).get("id").asText();

        editTask(taskId);
        browser.type("item-E-main", "Nội dung mới của kỳ này.");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("saved-at"), "Đã lưu lúc"));
        browser.scrollTo(By.className("editor-tools"));
        browser.screenshot("editor-top");
        browser.click("carry-forward");
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-carry")));
        assertThat(browser.driver
                        .findElement(By.tagName("vaadin-dialog-overlay"))
                        .getText())
                .contains("Kỳ trước D.1.main");
        browser.screenshot("editor-carry-forward");
        browser.click("confirm-carry");

        browser.wait.until(d -> browser.value("item-D-1-main").equals("Kỳ trước D.1.main"));
        assertThat(browser.value("item-E-main")).isEqualTo("Nội dung mới của kỳ này.");
    }

    private void copyToDocs(String name) throws IOException {
        Files.createDirectories(DOCS);
        Files.copy(
                Chromium.SCREENSHOTS.resolve(name + ".png"),
                DOCS.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
