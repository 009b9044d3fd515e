package vn.dangbo.baocao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;

/** The office works from the board and the review screen, in real Chromium (demo organisation, nothing issued). */
@IntegrationTest
class OfficeBoardBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void officeExtendsADeadlineAndCancelsTheReportWithAReason() throws Exception {
        Scenario s = new Scenario(port);
        long id = s.openReport(9);
        Instant before = dueAt(s, id, "truong");

        try (Chromium browser = new Chromium(port)) {
            browser.signIn("vanphong", Scenario.PASSWORD);
            browser.open("/bao-cao/" + id);
            browser.wait
                    .until(ExpectedConditions.elementToBeClickable(By.id("extend-truong")))
                    .click();
            browser.wait
                    .until(ExpectedConditions.elementToBeClickable(By.id("save-deadline")))
                    .click();
            browser.wait.until(d -> browser.notifications().contains("Đã gia hạn"));
            assertThat(dueAt(s, id, "truong")).isAfter(before);
            assertThat(dueAt(s, id, "ubnd")).isEqualTo(before);
            browser.wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("days-left-truong"), "Còn 9 ngày"));

            browser.driver.findElement(By.id("cancel-report")).click();
            // the way out says where it goes: "Quay lại", never a second "Hủy" beside "Hủy báo cáo"
            assertThat(browser.wait
                            .until(ExpectedConditions.elementToBeClickable(By.id("confirm-cancel-back")))
                            .getText())
                    .isEqualTo("Quay lại");
            browser.wait
                    .until(ExpectedConditions.elementToBeClickable(By.id("confirm-cancel")))
                    .click();
            browser.wait.until(d -> browser.notifications().contains("lý do"));
            assertThat(s.report(id).get("status").asText()).isEqualTo("COLLECTING");
            WebElement reason = browser.await(By.cssSelector("#cancel-reason textarea"));
            reason.sendKeys("Cấp trên thay đổi kỳ báo cáo.");
            reason.sendKeys(Keys.TAB);
            browser.driver.findElement(By.id("confirm-cancel")).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report-status"), "Đã hủy"));
        }
        assertThat(s.report(id).get("status").asText()).isEqualTo("CANCELLED");
        assertThat(s.tasks("truong")).noneMatch(t -> t.get("reportId").asLong() == id);
    }

    @Test
    void officeSeesWhatAUnitChangedAndReturnsItWithACommentOnAnItem() throws Exception {
        Scenario s = new Scenario(port);
        long id = s.openReport(10);
        s.writeAll("ubnd", id, "Bản đầu của ubnd");
        s.submit("ubnd", id);
        s.review(id, "ubnd", "RETURN", "Viết cụ thể hơn.");
        s.writeAll("ubnd", id, "Bản sửa của ubnd");
        s.submit("ubnd", id);
        String taskId = s.task("vanphong", id, "REVIEW", "ubnd").get("id").asText();

        try (Chromium browser = new Chromium(port)) {
            browser.signIn("vanphong", Scenario.PASSWORD);
            browser.open("/cong-viec/" + taskId);
            String changes = browser.await(By.id("version-diff")).getText();
            assertThat(changes).contains("+ Bản sửa của ubnd C.I.1", "− Bản đầu của ubnd C.I.1");
            assertThat(browser.await(By.id("review-section-C-I")).getText()).contains("Bản sửa của ubnd C.I.1");

            WebElement anchor = browser.visible(By.cssSelector("#return-anchor input"));
            anchor.click();
            anchor.sendKeys(Keys.ARROW_DOWN);
            anchor.sendKeys(Keys.ENTER);
            WebElement comment = browser.await(By.cssSelector("#return-comment textarea"));
            comment.sendKeys("Bổ sung số liệu.");
            comment.sendKeys(Keys.TAB);
            browser.visible(By.id("return")).click();
            browser.wait.until(d -> browser.notifications().contains("Đã trả lại"));
        }
        assertThat(s.unitStatus(id, "ubnd")).isEqualTo("RETURNED");
        JsonNode task = s.task("ubnd", id, "CONTRIBUTE", null);
        String body = s.as("ubnd")
                .get("/api/tasks/" + task.get("id").asText())
                .json()
                .get("lastComment")
                .get("body")
                .asText();
        assertThat(body).matches("\\[[A-Z][A-Za-z0-9.]*] Bổ sung số liệu\\.");
    }

    private static Instant dueAt(Scenario s, long id, String unit) {
        for (JsonNode u : s.report(id).get("units")) {
            if (u.get("unitCode").asText().equals(unit)) {
                return Instant.parse(u.get("dueAt").asText());
            }
        }
        throw new AssertionError(unit);
    }
}
