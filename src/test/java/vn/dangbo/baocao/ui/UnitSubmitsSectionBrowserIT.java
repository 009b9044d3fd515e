package vn.dangbo.baocao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;

/** A chi bộ signs in, finds its task in the inbox, writes its sections and submits them, in real Chromium. */
@IntegrationTest
class UnitSubmitsSectionBrowserIT extends BrowserTest {

    @Test
    void unitWritesItsSectionsAndSubmitsThemFromTheInbox() throws IOException {
        Scenario scenario = new Scenario(port);
        // due soonest of all the demo organisation's open reports, so its task is the inbox's first row
        long reportId = scenario.openReport(2028, 3, Duration.ofHours(3));
        String taskId =
                scenario.task("ubnd", reportId, "CONTRIBUTE", null).get("id").asText();

        signIn("ubnd", Scenario.PASSWORD);
        WebElement task = wait.until(ExpectedConditions.elementToBeClickable(By.id("task-" + taskId)));
        assertThat(driver.findElement(By.id("inbox")).getText()).contains("Soạn phần báo cáo", "tháng 3 năm 2028");
        assertThat(text("inbox-count")).matches("[1-9][0-9]*");
        screenshot("inbox");

        task.click();
        type("item-C-I-1", "- Trung tâm Phục vụ hành chính công tiếp nhận 1.235 hồ sơ trong tháng.");
        type("figure-C-I-1-tthc_total", "10");
        type("figure-C-I-1-tthc_full_online", "6");
        type("figure-C-I-1-tthc_partial_online", "3");
        type("figure-C-I-1-tthc_direct", "1");
        type("item-D-1-main", "Cấp ủy quan tâm lãnh đạo; cán bộ, đảng viên tích cực học tập.");
        type("item-D-2-main", "Hạ tầng số ở một số thôn còn hạn chế.");
        type("item-E-main", "- Tiếp tục đẩy mạnh dịch vụ công trực tuyến toàn trình.");
        driver.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("saved-at"), "Đã lưu lúc"));
        scrollTo(By.cssSelector(".task-header"));
        screenshot("section-editor");
        scrollTo(By.id("figure-C-I-1-tthc_total"));
        screenshot("section-editor-figures");

        click("submit");
        String missing = text("incomplete-list");
        screenshot("submit-refused");
        assertThat(missing).contains("Chưa viết nội dung cho \"A. KHÁI QUÁT CHUNG VỀ ĐẶC ĐIỂM, TÌNH HÌNH");
        assertThat(driver.findElements(By.id("confirm-submit"))).isEmpty();
        click("close-submit");
        assertThat(value("item-E-main")).isEqualTo("- Tiếp tục đẩy mạnh dịch vụ công trực tuyến toàn trình.");

        for (WebElement area : driver.findElements(By.cssSelector("vaadin-text-area[id^='item-']"))) {
            if (value(area.getAttribute("id")).isBlank()) {
                type(area.getAttribute("id"), "Nội dung của chi bộ cho mục " + area.getAttribute("id") + ".");
            }
        }
        click("submit");
        click("confirm-submit");
        wait.until(d ->
                !d.findElements(By.id("inbox")).isEmpty() || notifications().contains("Chưa thể nộp"));
        screenshot("after-submit");

        assertThat(notifications()).contains("Đã nộp phần báo cáo.");
        assertThat(driver.findElements(By.id("inbox"))).isNotEmpty();
        assertThat(driver.findElements(By.id("task-" + taskId))).isEmpty();
        assertThat(scenario.unitStatus(reportId, "ubnd")).isEqualTo("SUBMITTED");
        // the form login is in the trail too, and the chain still verifies
        assertThat(scenario.as("admin")
                        .get("/api/audit/verify")
                        .json()
                        .get("ok")
                        .asBoolean())
                .isTrue();
        assertThat(scenario.tasks("ubnd")).noneMatch(t -> t.get("id").asText().equals(taskId));
        // typing made drafts only: one version at "Lưu", one more at "Nộp" for what changed after it
        var saves = java.util.stream.StreamSupport.stream(
                        scenario.as("vanphong")
                                .get("/api/reports/" + reportId + "/timeline")
                                .json()
                                .spliterator(),
                        false)
                .filter(e -> e.get("action").asText().equals("SECTION_SAVED"))
                .toList();
        assertThat(saves).isNotEmpty().allSatisfy(e -> {
            assertThat(e.get("target").asText()).matches(".*/ubnd@[12]");
            assertThat(e.get("detail").asText()).startsWith("Phần ").contains("Chi bộ Ủy ban nhân dân xã");
        });

        // "Đã xử lý" lists the submission, and opens the part read-only
        click("tab-done");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "tháng 3 năm 2028"));
        assertThat(driver.findElement(By.id("done")).getText()).containsPattern("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d");
        screenshot("inbox-done");
        open("/bao-cao/" + reportId + "/phan/ubnd", "part-title");
        assertThat(driver.findElement(By.tagName("body")).getText())
                .contains("Tiếp tục đẩy mạnh dịch vụ công trực tuyến toàn trình.", "Đã nộp");
        assertThat(driver.findElements(By.cssSelector("vaadin-text-area"))).isEmpty();
    }
}
