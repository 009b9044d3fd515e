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
import vn.dangbo.baocao.OwnOrganisation;
import vn.dangbo.baocao.Scenario;
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
        OwnOrganisation.Created province =
                RoundSteps.organisation(context, "ĐẢNG BỘ TỈNH NINH BÌNH", "Tỉnh ủy Ninh Bình", "TU", null);
        OwnOrganisation.Created an = RoundSteps.organisation(context, "ĐẢNG ỦY XÃ AN", "Đảng ủy xã An", "ĐU", province);
        OwnOrganisation.Created binh =
                RoundSteps.organisation(context, "ĐẢNG ỦY XÃ BÌNH", "Đảng ủy xã Bình", "ĐU", province);
        String codeAn = an.organisation().code();
        String codeBinh = binh.organisation().code();
        driver.manage().window().setSize(new Dimension(1440, 900));

        // the province's office sends the request: every commune ticked, the basis prefilled from the number
        signIn(province.prefix() + "vanphong", Scenario.PASSWORD);
        open("/dot-bao-cao", "send-round");
        click("send-round");
        WebElement template = input("round-template");
        template.sendKeys(Keys.chord(Keys.CONTROL, "a"), "nq57-thang");
        wait.until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).size() == 1);
        template.sendKeys(Keys.ARROW_DOWN);
        template.sendKeys(Keys.ENTER);
        type("round-basis-number", "202-CV/UBKTTU");
        wait.until(d -> value("round-basis").startsWith("Thực hiện Công văn số 202-CV/UBKTTU"));
        assertThat(allText("round-children")).contains("Đảng ủy xã An", "Đảng ủy xã Bình");
        assertThat(value("round-template")).contains("(nq57-thang)");
        click("round-send");
        wait.until(ExpectedConditions.urlMatches(".*/dot-bao-cao/[0-9]+$"));
        long roundId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/", ""));
        assertThat(text(Ids.of("round-status", codeAn))).isEqualTo("Chưa mở");
        assertThat(text(Ids.of("round-status", codeBinh))).isEqualTo("Chưa mở");

        // the commune's office cannot miss it: a panel at the top of its inbox, and a notice in its bell
        Scenario communeAn = new Scenario(port, an.prefix());
        RoundSteps.awaitRequest(communeAn, roundId);
        assertThat(RoundSteps.notices(communeAn, "vanphong"))
                .anyMatch(t -> t.startsWith("Tỉnh ủy Ninh Bình yêu cầu báo cáo") && t.contains("202-CV/UBKTTU"));
        signIn(an.prefix() + "vanphong", Scenario.PASSWORD);
        open("/", "round-requests");
        assertThat(allText("round-requests")).contains("Tỉnh ủy Ninh Bình yêu cầu báo cáo", "Chờ xác nhận");
        click("confirm-request-" + roundId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-signer")));
        assertThat(value("confirm-signer")).isNotBlank();
        click("confirm-save");
        wait.until(ExpectedConditions.urlMatches(".*/bao-cao/[0-9]+$"));
        long reportId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/", ""));

        // the commune issues (through the API: the report's own screens have their own tests)
        RoundSteps.issue(communeAn, reportId, 3, 40, 36);
        RoundSteps.awaitIncoming(new Scenario(port, province.prefix()), 1);

        signIn(province.prefix() + "vanphong", Scenario.PASSWORD);
        open("/dot-bao-cao/" + roundId, "round-board");
        assertThat(text(Ids.of("round-status", codeAn))).isEqualTo("Đã ban hành");
        assertThat(text(Ids.of("round-number", codeAn))).isEqualTo("01-BC/ĐU");
        assertThat(text(Ids.of("round-status", codeBinh))).isEqualTo("Chưa mở");
        assertThat(text("round-summary")).startsWith("1/2 đơn vị đã ban hành · 0 đơn vị trễ hạn");
        assertThat(allText("round-aggregate")).contains("Tổng cộng", "Đảng ủy xã An");
        assertThat(driver.findElement(By.id("round-xlsx")).getAttribute("href")).isNotBlank();
        docsScreenshot("round-board");

        // the document in "Văn bản đến": checked, its figures read-only
        driver.findElement(By.id(Ids.of("round-number", codeAn))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("incoming-figures")));
        assertThat(allText("incoming")).contains("Đảng ủy xã An", "01-BC/ĐU", "✓ đã kiểm tra");
        wait.until(d -> allText("incoming-figures").contains("Số hội nghị đã quán triệt"));
        assertThat(allText("incoming-figures")).contains("9");

        // on a phone the board fits the width; the table scrolls inside itself
        driver.manage().window().setSize(new Dimension(390, 844));
        open("/dot-bao-cao/" + roundId, "round-board");
        assertThat(driver.findElement(By.id(Ids.of("round-status", codeAn))).getText())
                .isEqualTo("Đã ban hành");
        Object fits = ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits).as("the board scrolls sideways on a phone").isEqualTo(Boolean.TRUE);
        docsScreenshot("phone-round-board");
    }

    private void docsScreenshot(String name) throws IOException {
        screenshot(name);
        Files.createDirectories(DOCS);
        Files.copy(
                SCREENSHOTS.resolve(name + ".png"), DOCS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
