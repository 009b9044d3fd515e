package vn.dangbo.baocao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;
import vn.dangbo.baocao.TestCommune;
import vn.dangbo.baocao.signing.SigningSteps;
import vn.dangbo.baocao.signing.TestCa;

/** Anyone holding the issued PDF checks it on the public page, without signing in; a changed copy is named. */
@IntegrationTest
class VerifyPageBrowserIT extends BrowserTest {

    private static final TestCa CA = new TestCa("CN=CA thử nghiệm trang kiểm tra,C=VN");
    private static final String SIGNER = "Phạm Văn Thắng";

    @Autowired
    ApplicationContext context;

    private byte[] pdf;

    @BeforeAll
    void issueASignedReport() {
        TestCommune commune = TestCommune.create(context);
        SigningSteps.installKeys(port, commune, CA, CA.issuePkcs12("CN=" + SIGNER + ",C=VN"));
        Scenario s = new Scenario(port, commune.prefix());
        long id = s.approve(4);
        s.runJobsAndExpect(id, "ISSUED");
        pdf = s.as("vanphong").get("/api/reports/" + id + "/document.pdf").bytes();
    }

    @Test
    void issuedPdfShowsIssuerNumberDateSignersAndNotChanged() throws Exception {
        browser.driver.manage().deleteAllCookies();
        upload(pdf, "van-ban.pdf");
        String result = browser.allText("verify-result");
        assertThat(browser.text("verify-issued-by")).containsIgnoringCase("Đảng ủy xã");
        assertThat(browser.text("verify-number")).contains("01-BC/ĐU");
        assertThat(browser.text("verify-date")).containsPattern("\\d{2}/\\d{2}/\\d{4}");
        assertThat(browser.text("verify-status")).isEqualTo("Văn bản không bị thay đổi kể từ khi ký.");
        assertThat(result).contains("Chữ ký 1: " + SIGNER, "Chữ ký 2: Đảng ủy xã Xuân Hưng", "CA thử nghiệm");
        browser.screenshot("verify-unchanged");
    }

    @Test
    void changedCopyIsShownAsChanged() throws Exception {
        byte[] changed = pdf.clone();
        int at = new String(changed, StandardCharsets.ISO_8859_1).indexOf("LibreOffice");
        assertThat(at).isPositive();
        changed[at] = 'X';
        browser.driver.manage().deleteAllCookies();
        upload(changed, "van-ban-da-sua.pdf");
        assertThat(browser.text("verify-status")).contains("ĐÃ BỊ THAY ĐỔI");
        assertThat(browser.text("verify-unregistered")).contains("không trùng với văn bản nào");
        assertThat(browser.allText("verify-result")).contains("Chữ ký KHÔNG hợp lệ");
        browser.screenshot("verify-changed");
    }

    private void upload(byte[] content, String name) throws Exception {
        Path file = Files.createTempDirectory("verify").resolve(name);
        Files.write(file, content);
        browser.open("/kiem-tra-van-ban", "verify-upload");
        WebElement host = browser.driver.findElement(By.id("verify-upload"));
        WebElement input = (WebElement) ((JavascriptExecutor) browser.driver)
                .executeScript("return arguments[0].shadowRoot.querySelector('input[type=file]')", host);
        input.sendKeys(file.toString());
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verify-status")));
    }
}
