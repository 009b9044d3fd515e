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

        browser.signIn("ubnd", Scenario.PASSWORD);
        WebElement task = browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("task-" + taskId)));
        assertThat(browser.driver.findElement(By.id("inbox")).getText())
                .contains("Soạn phần báo cáo", "tháng 3 năm 2028");
        assertThat(browser.text("inbox-count")).matches("[1-9][0-9]*");
        browser.screenshot("inbox");

        task.click();
        browser.type("item-C-I-1", "- Trung tâm Phục vụ hành chính công tiếp nhận 1.235 hồ sơ trong tháng.");
        browser.type("figure-C-I-1-tthc_total", "10");
        browser.type("figure-C-I-1-tthc_full_online", "6");
        browser.type("figure-C-I-1-tthc_partial_online", "3");
        browser.type("figure-C-I-1-tthc_direct", "1");
        browser.type("item-D-1-main", "Cấp ủy quan tâm lãnh đạo; cán bộ, đảng viên tích cực học tập.");
        browser.type("item-D-2-main", "Hạ tầng số ở một số thôn còn hạn chế.");
        browser.type("item-E-main", "- Tiếp tục đẩy mạnh dịch vụ công trực tuyến toàn trình.");
        browser.driver.findElement(By.id("save")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("saved-at"), "Đã lưu lúc"));
        browser.scrollTo(By.cssSelector(".task-header"));
        browser.screenshot("section-editor");
        browser.scrollTo(By.id("figure-C-I-1-tthc_total"));
        browser.screenshot("section-editor-figures");

        browser.click("submit");
        String missing = browser.text("incomplete-list");
        browser.screenshot("submit-refused");
        assertThat(missing).contains("Chưa viết nội dung cho \"A. KHÁI QUÁT CHUNG VỀ ĐẶC ĐIỂM, TÌNH HÌNH");
        assertThat(browser.driver.findElements(By.id("confirm-submit"))).isEmpty();
        browser.click("close-submit");
        assertThat(browser.value("item-E-main")).isEqualTo("- Tiếp tục đẩy mạnh dịch vụ công trực tuyến toàn trình.");

        for (WebElement area : browser.driver.findElements(By.cssSelector("vaadin-text-area[id^='item-']"))) {
            if (browser.value(area.getAttribute("id")).isBlank()) {
                browser.type(area.getAttribute("id"), "Nội dung của chi bộ cho mục " + area.getAttribute("id") + ".");
            }
        }
        browser.click("submit");
        browser.click("confirm-submit");
        browser.wait.until(d -> !d.findElements(By.id("inbox")).isEmpty()
                || browser.notifications().contains("Chưa thể nộp"));
        browser.screenshot("after-submit");

        assertThat(browser.notifications()).contains("Đã nộp phần báo cáo.");
        assertThat(browser.driver.findElements(By.id("inbox"))).isNotEmpty();
        assertThat(browser.driver.findElements(By.id("task-" + taskId))).isEmpty();
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
        browser.click("tab-done");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "tháng 3 năm 2028"));
        assertThat(browser.driver.findElement(By.id("done")).getText())
                .containsPattern("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d");
        browser.screenshot("inbox-done");
        browser.open("/bao-cao/" + reportId + "/phan/ubnd", "part-title");
        assertThat(browser.driver.findElement(By.tagName("body")).getText())
                .contains("Tiếp tục đẩy mạnh dịch vụ công trực tuyến toàn trình.", "Đã nộp");
        assertThat(browser.driver.findElements(By.cssSelector("vaadin-text-area")))
                .isEmpty();
    }
}
