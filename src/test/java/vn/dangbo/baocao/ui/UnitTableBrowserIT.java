package vn.dangbo.baocao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;
import vn.dangbo.baocao.TestCommune;
import vn.dangbo.baocao.contribution.UnitTables;

/**
 * A chi bộ fills its list of projects on screen: adds two rows, sees each row's rate and the total row follow the
 * typing, an unreadable amount marked on its cell, saves, reloads and finds its rows; on a phone the page does not
 * scroll sideways (the table scrolls inside itself).
 */
@IntegrationTest
class UnitTableBrowserIT extends BrowserTest {

    private static final Path DOCS = Path.of("docs/screenshots");
    private static final String CELL = "cell-B-1-projects-";

    @Autowired
    ApplicationContext context;

    @Test
    void aChiBoAddsTwoRowsSeesTheTotalSavesAndFindsThemAfterAReload() throws IOException {
        TestCommune commune = UnitTables.commune(context);
        Scenario s = commune.scenario(port);
        long id = UnitTables.open(s, commune, 6);
        String taskId = s.task("ubnd", id, "CONTRIBUTE", null).get("id").asText();
        browser.driver.manage().window().setSize(new Dimension(1400, 1000));
        browser.signIn(commune.user("ubnd"), Scenario.PASSWORD);
        browser.open("/cong-viec/" + taskId, "add-row-B-1-projects");

        browser.click("add-row-B-1-projects");
        browser.type(CELL + "1-name", "Đường thôn 3");
        browser.type(CELL + "1-budget", "1.200.000.000");
        browser.type(CELL + "1-planned", "4");
        browser.type(CELL + "1-done", "3");
        browser.wait.until(d -> browser.allText(CELL + "1-rate").equals("75%"));

        browser.click("add-row-B-1-projects");
        browser.type(CELL + "2-name", "Nhà văn hóa thôn 1");
        browser.type(CELL + "2-budget", "ba trăm triệu");
        browser.wait.until(d -> browser.fieldError(CELL + "2-budget").startsWith("Danh sách dự án năm 2026, dòng 2: "));
        browser.type(CELL + "2-budget", "300.000.000");
        browser.type(CELL + "2-planned", "2");
        browser.type(CELL + "2-done", "2");
        browser.wait.until(d -> browser.fieldError(CELL + "2-budget").isEmpty());
        // the total row follows the typing: amounts added up, the rate computed over the sums (5 / 6)
        browser.wait.until(d -> browser.allText("table-B-1-projects").contains("83,3%"));
        assertThat(browser.allText("table-B-1-projects")).contains("Tổng cộng", "1.500.000.000", "6", "5");
        browser.scrollTo(By.id("unit-table-B-1-projects"));
        browser.screenshot("unit-table");
        copyToDocs("unit-table");

        browser.click("save");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("saved-at"), "Đã lưu lúc"));
        browser.driver.navigate().refresh();
        browser.await(By.id(CELL + "2-name"));
        assertThat(browser.value(CELL + "1-name")).isEqualTo("Đường thôn 3");
        assertThat(browser.value(CELL + "1-budget")).isEqualTo("1.200.000.000");
        assertThat(browser.value(CELL + "2-name")).isEqualTo("Nhà văn hóa thôn 1");
        assertThat(browser.value(CELL + "2-budget")).isEqualTo("300.000.000");
        assertThat(browser.allText("table-B-1-projects")).contains("1.500.000.000", "83,3%");

        // on a phone the table scrolls inside itself, never the page
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        browser.scrollTo(By.id("unit-table-B-1-projects"));
        browser.wait.until(d -> Boolean.TRUE.equals(
                browser.script("return document.documentElement.scrollWidth <= window.innerWidth")));
        browser.screenshot("phone-unit-table");
        copyToDocs("phone-unit-table");
    }

    private static void copyToDocs(String name) throws IOException {
        Files.createDirectories(DOCS);
        Files.copy(
                Chromium.SCREENSHOTS.resolve(name + ".png"),
                DOCS.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
