package vn.dangbo.baocao.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;
import vn.dangbo.baocao.TestCommune;

/**
 * The administrator names the organisation's units, office and signature authority on "Từ ngữ và chức danh": a
 * refused value stays on the screen with its reason, a saved one is what the other screens then say.
 */
@IntegrationTest
class VocabularySettingsBrowserIT extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Test
    void administratorRenamesTheUnitsAndTheScreensSayIt() {
        assumeTrue(Files.isExecutable(Chromium.BINARY), "Chromium is not installed at /usr/bin/chromium");
        TestCommune commune = TestCommune.in(context).create();
        browser.signIn(commune.user("admin"), Scenario.PASSWORD);
        browser.open("/quan-tri/tu-ngu", "vocabulary-unit");
        assertThat(browser.value("vocabulary-unit")).isEqualTo("chi bộ");
        assertThat(browser.value("vocabulary-authority")).isEqualTo("T/M BAN THƯỜNG VỤ");

        browser.type("vocabulary-unit", "bộ phận");
        browser.type("vocabulary-office", "Văn phòng HĐND và UBND");
        browser.type("vocabulary-authority", "ỦY BAN NHÂN DÂN");
        browser.click("vocabulary-save");
        browser.wait.until(d -> !browser.fieldError("vocabulary-authority").isEmpty());
        assertThat(browser.fieldError("vocabulary-authority")).startsWith("Thẩm quyền ký phải bắt đầu bằng T/M, TM.");
        assertThat(browser.value("vocabulary-unit")).as("what was typed stays").isEqualTo("bộ phận");

        browser.type("vocabulary-authority", "tm. ủy ban nhân dân");
        browser.click("vocabulary-save");
        browser.wait.until(d -> browser.notifications().contains("Đã lưu từ ngữ và chức danh."));
        assertThat(browser.fieldError("vocabulary-authority")).isEmpty();
        assertThat(browser.value("vocabulary-authority")).isEqualTo("TM. ỦY BAN NHÂN DÂN");

        browser.open("/quan-tri/don-vi");
        browser.wait.until(d -> d.findElement(By.tagName("body")).getText().contains("Bộ phận"));
        assertThat(browser.driver.findElement(By.tagName("body")).getText()).contains("Văn phòng HĐND và UBND");
        assertThat(commune.scenario(port)
                        .as("admin")
                        .get("/api/admin/vocabulary")
                        .json()
                        .get("unit")
                        .asText())
                .isEqualTo("bộ phận");
    }
}
