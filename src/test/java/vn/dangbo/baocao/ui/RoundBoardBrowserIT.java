package vn.dangbo.baocao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;
import vn.dangbo.baocao.TestCommune;
import vn.dangbo.baocao.common.ui.Ids;
import vn.dangbo.baocao.round.RoundSteps;

/**
 * The round board in real Chromium: the province's office sends a request from "Đợt báo cáo", a commune's office
 * confirms it from the panel at the top of its inbox, and the board shows who is working and who issued, with the
 * aggregate; at 1440×900 and on a phone. The pictures go to docs/screenshots.
 */
@IntegrationTest
class RoundBoardBrowserIT extends BrowserTest {

    private static final Path DOCS = Path.of("docs/screenshots");

    @Autowired
    ApplicationContext context;

    @Test
    void theProvinceSendsARequestACommuneConfirmsItAndTheBoardShowsIt() throws Exception {
        TestCommune province =
                RoundSteps.organisation(context, "ĐẢNG BỘ TỈNH NINH BÌNH", "Tỉnh ủy Ninh Bình", "TU", null);
        TestCommune an = RoundSteps.organisation(context, "ĐẢNG ỦY XÃ AN", "Đảng ủy xã An", "ĐU", province);
        TestCommune binh = RoundSteps.organisation(context, "ĐẢNG ỦY XÃ BÌNH", "Đảng ủy xã Bình", "ĐU", province);
        String codeAn = an.organisation().code();
        String codeBinh = binh.organisation().code();
        browser.driver.manage().window().setSize(new Dimension(1440, 900));

        // the province's office sends the request: every commune ticked, the basis prefilled from the number
        browser.signIn(province.prefix() + "vanphong", Scenario.PASSWORD);
        browser.open("/dot-bao-cao", "send-round");
        browser.click("send-round");
        WebElement template = browser.input("round-template");
        template.sendKeys(Keys.chord(Keys.CONTROL, "a"), "nq57-thang");
        browser.wait.until(
                d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).size() == 1);
        template.sendKeys(Keys.ARROW_DOWN);
        template.sendKeys(Keys.ENTER);
        browser.type("round-basis-number", "202-CV/UBKTTU");
        browser.wait.until(d -> browser.value("round-basis").startsWith("Thực hiện Công văn số 202-CV/UBKTTU"));
        assertThat(browser.allText("round-children")).contains("Đảng ủy xã An", "Đảng ủy xã Bình");
        assertThat(browser.value("round-template")).contains("(nq57-thang)");
        browser.click("round-send");
        browser.wait.until(ExpectedConditions.urlMatches(".*/dot-bao-cao/[0-9]+$"));
        long roundId = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*/", ""));
        assertThat(browser.text(Ids.of("round-status", codeAn))).isEqualTo("Chưa mở");
        assertThat(browser.text(Ids.of("round-status", codeBinh))).isEqualTo("Chưa mở");

        // the commune's office cannot miss it: a panel at the top of its inbox, and a notice in its bell
        Scenario communeAn = new Scenario(port, an.prefix());
        RoundSteps.awaitRequest(communeAn, roundId);
        assertThat(RoundSteps.notices(communeAn, "vanphong"))
                .anyMatch(t -> t.startsWith("Tỉnh ủy Ninh Bình yêu cầu báo cáo") && t.contains("202-CV/UBKTTU"));
        browser.signIn(an.prefix() + "vanphong", Scenario.PASSWORD);
        browser.open("/", "round-requests");
        assertThat(browser.allText("round-requests")).contains("Tỉnh ủy Ninh Bình yêu cầu báo cáo", "Chờ xác nhận");
        browser.click("confirm-request-" + roundId);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-signer")));
        assertThat(browser.value("confirm-signer")).isNotBlank();
        browser.click("confirm-save");
        browser.wait.until(ExpectedConditions.urlMatches(".*/bao-cao/[0-9]+$"));
        long reportId = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*/", ""));

        // the commune issues (through the API: the report's own screens have their own tests)
        RoundSteps.issue(communeAn, reportId, 3, 40, 36);
        RoundSteps.awaitIncoming(new Scenario(port, province.prefix()), 1);

        browser.signIn(province.prefix() + "vanphong", Scenario.PASSWORD);
        browser.open("/dot-bao-cao/" + roundId, "round-board");
        assertThat(browser.text(Ids.of("round-status", codeAn))).isEqualTo("Đã ban hành");
        assertThat(browser.text(Ids.of("round-number", codeAn))).isEqualTo("01-BC/ĐU");
        assertThat(browser.text(Ids.of("round-status", codeBinh))).isEqualTo("Chưa mở");
        assertThat(browser.text("round-summary")).startsWith("1/2 đơn vị đã ban hành · 0 đơn vị trễ hạn");
        assertThat(browser.allText("round-aggregate")).contains("Tổng cộng", "Đảng ủy xã An");
        assertThat(browser.driver.findElement(By.id("round-xlsx")).getAttribute("href"))
                .isNotBlank();
        docsScreenshot("round-board");

        // the document in "Văn bản đến": checked, its figures read-only
        browser.driver.findElement(By.id(Ids.of("round-number", codeAn))).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("incoming-figures")));
        assertThat(browser.allText("incoming")).contains("Đảng ủy xã An", "01-BC/ĐU", "✓ đã kiểm tra");
        browser.wait.until(d -> browser.allText("incoming-figures").contains("Số hội nghị đã quán triệt"));
        assertThat(browser.allText("incoming-figures")).contains("9");

        // on a phone the board fits the width; the table scrolls inside itself
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        browser.open("/dot-bao-cao/" + roundId, "round-board");
        assertThat(browser.driver
                        .findElement(By.id(Ids.of("round-status", codeAn)))
                        .getText())
                .isEqualTo("Đã ban hành");
        Object fits = ((JavascriptExecutor) browser.driver)
                .executeScript("return document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits).as("the board scrolls sideways on a phone").isEqualTo(Boolean.TRUE);
        docsScreenshot("phone-round-board");
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
