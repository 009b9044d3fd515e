package vn.dangbo.baocao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;
import vn.dangbo.baocao.TestCommune;

/**
 * The office watches the progress board with its chart; the Bí thư opens the draft, approves it, and the
 * register shows the new number. In an organisation of its own, so that its first number is 01.
 */
@IntegrationTest
class SignerApprovesDraftBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void signerApprovesTheDraftAndTheRegisterShowsItsNumber() throws Exception {
        String prefix = TestCommune.in(context)
                .termStart(LocalDate.of(2025, 10, 1))
                .create()
                .prefix();
        Scenario s = new Scenario(port, prefix);
        long id = s.openReport(5);
        for (String unit : List.of("ubnd", "congan")) {
            s.writeAll(unit, id, "Nội dung của " + unit);
            s.submit(unit, id);
        }

        try (Chromium browser = new Chromium(port)) {
            browser.signIn(prefix + "vanphong", Scenario.PASSWORD);
            browser.open("/bao-cao/" + id);
            browser.await(By.id("board-units"));
            browser.wait.until(
                    d -> Boolean.TRUE.equals(browser.script("const c = document.querySelector('#submission-chart');"
                            + "return !!(c && c.shadowRoot && c.shadowRoot.querySelector('canvas') && c._chart)")));
            assertThat(browser.await(By.id("board-summary")).getText()).contains("2/3 đơn vị đã nộp");
            assertThat(browser.await(By.id("board-status-ubnd")).getText()).isEqualTo("Đã nộp");
            assertThat(browser.await(By.id("board-status-truong")).getText()).isEqualTo("Chưa bắt đầu");
            assertThat(browser.await(By.id("days-left-truong")).getText()).isIn("Còn 7 ngày", "Còn 6 ngày");
            assertThat(browser.script("return document.querySelector('#submission-chart')._chart.data.datasets[0]"
                            + ".data.filter(p => p.label).length"))
                    .isEqualTo(2L);
            browser.scrollTo(By.cssSelector(".progress-board"));
            browser.screenshot("board");

            s.writeAll("truong", id, "Nội dung của truong");
            s.submit("truong", id);
            for (String unit : List.of("ubnd", "congan", "truong")) {
                s.review(id, unit, "ACCEPT", null);
            }
            s.runJobsAndExpect(id, "CONSOLIDATING");
            s.writeOfficeSections(id, "Đánh giá của Văn phòng");
            s.completeOk(
                    "vanphong",
                    s.task("vanphong", id, "CONSOLIDATE", null).get("id").asText(),
                    "FORWARD",
                    null);
            s.completeOk(
                    "bithu",
                    s.task("bithu", id, "APPROVE", null).get("id").asText(),
                    "RETURN",
                    "Cần ngắn gọn hơn.\n[A] Rút gọn phần khái quát chung.");
            String consolidate =
                    s.task("vanphong", id, "CONSOLIDATE", null).get("id").asText();
            browser.open("/cong-viec/" + consolidate);
            assertThat(browser.await(By.id("last-comment")).getText()).contains("Cần ngắn gọn hơn.");
            assertThat(browser.await(By.id("comment-on-A")).getText()).contains("Rút gọn phần khái quát chung.");
            // whose words: what each chi bộ wrote in a section every chi bộ writes, under its name
            browser.visible(By.id("sources-E")).click();
            browser.wait.until(
                    d -> String.valueOf(browser.script("return document.getElementById('sources-E').innerText"))
                            .contains("Nội dung của congan E.main"));
            assertThat(String.valueOf(browser.script("return document.getElementById('sources-E').innerText")))
                    .contains("Chi bộ Công an xã", "Nội dung của ubnd E.main", "Nội dung của truong E.main");
            browser.visible(By.cssSelector("#unit-part-ubnd vaadin-details-summary"))
                    .click();
            browser.wait.until(d -> !d.findElements(By.cssSelector("#unit-part-ubnd vaadin-text-area"))
                    .isEmpty());
            browser.visible(By.cssSelector("#draft-preview vaadin-details-summary"))
                    .click();
            assertThat(browser.await(By.cssSelector("#draft-preview #document")).getText())
                    .contains("DỰ THẢO");
            s.completeOk("vanphong", consolidate, "FORWARD", null);
            String taskId = s.task("bithu", id, "APPROVE", null).get("id").asText();

            browser.signIn(prefix + "bithu", Scenario.PASSWORD);
            browser.open("/cong-viec/" + taskId);
            assertThat(browser.await(By.id("signing-authority")).getText())
                    .isEqualTo("T/M BAN THƯỜNG VỤ / BÍ THƯ — Phạm Văn Thắng");
            assertThat(browser.await(By.id("document")).getText())
                    .contains("DỰ THẢO", "Nội dung của ubnd C.I", "Nội dung của truong C.III");
            browser.screenshot("approval");

            browser.driver.findElement(By.id("approve")).click();
            browser.wait
                    .until(ExpectedConditions.elementToBeClickable(By.id("confirm-approve")))
                    .click();
            browser.wait.until(d -> browser.notifications().contains("Đã duyệt"));
            s.runJobsAndExpect(id, "ISSUED");

            browser.open("/so-van-ban");
            browser.wait.until(
                    d -> d.findElement(By.tagName("vaadin-grid")).getText().contains("01-BC/ĐU"));
            assertThat(browser.driver.findElement(By.tagName("vaadin-grid")).getText())
                    .contains("01-BC/ĐU");
        }
        assertThat(s.report(id).get("number").asText()).isEqualTo("01-BC/ĐU");
    }
}
