package vn.dangbo.baocao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;
import vn.dangbo.baocao.TestCommune;
import vn.dangbo.baocao.organisation.OrganisationRepository;
import vn.dangbo.baocao.signing.TestCa;

/** Anyone holding the issued PDF checks it on the public page, without signing in; a changed copy is named. */
@IntegrationTest
class VerifyPageBrowserIT extends BrowserTest {

    private static final TestCa CA = new TestCa("CN=CA thử nghiệm trang kiểm tra,C=VN");
    private static final String SIGNER = "Phạm Văn Thắng";

    @Autowired
    ApplicationContext context;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    PasswordEncoder passwords;

    private byte[] pdf;

    @BeforeAll
    void issueASignedReport() {
        TestCommune commune =
                TestCommune.in(context).termStart(LocalDate.of(2025, 7, 1)).create();
        Scenario s = new Scenario(port, commune.prefix());
        install(s.as("admin"), null, CA.issuePkcs12("CN=Đảng ủy xã Xuân Hưng,C=VN"));
        install(s.as("admin"), commune.prefix() + "bithu", CA.issuePkcs12("CN=" + SIGNER + ",C=VN"));
        long id = s.openReport(4);
        s.collectAll(id);
        s.writeOfficeSections(id, "Đánh giá của Văn phòng");
        s.completeOk(
                "vanphong",
                s.task("vanphong", id, "CONSOLIDATE", null).get("id").asText(),
                "FORWARD",
                null);
        s.completeOk("bithu", s.task("bithu", id, "APPROVE", null).get("id").asText(), "APPROVE", null);
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

    private static void install(ApiClient admin, String username, byte[] pkcs12) {
        var body = new HashMap<String, Object>();
        body.put("username", username);
        body.put("pkcs12", Base64.getEncoder().encodeToString(pkcs12));
        body.put("password", new String(TestCa.PASSWORD));
        ApiClient.Response response = admin.put("/api/admin/signing-keys", body);
        assertThat(response.status())
                .as(new String(response.bytes(), StandardCharsets.UTF_8))
                .isEqualTo(204);
    }
}
