package vn.dangbo.baocao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;
import vn.dangbo.baocao.TestCommune;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.template.ReportTemplate;
import vn.dangbo.baocao.template.TemplateCatalog;

/**
 * The office edits a bundled template on screen: adds an item with a figure and sees it in the example report,
 * mistypes a formula and cannot save until it is fixed, then saves a new version.
 */
@IntegrationTest
class TemplateEditorBrowserIT extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    TemplateCatalog catalog;

    private TestCommune commune;

    @BeforeAll
    void commune() {
        commune = TestCommune.create(context);
    }

    @Test
    void anItemWithAFigureIsAddedPreviewedCheckedAndSavedAsANewVersion() throws IOException {
        browser.driver.manage().window().setSize(new Dimension(1400, 1000));
        browser.signIn(commune.user("vanphong"), Scenario.PASSWORD);
        browser.open("/mau-bao-cao");
        cell("dang-uy-nam").click();
        enabled("edit-template");
        browser.click("edit-template");

        cell("P1.I").click();
        browser.await(By.id("section-heading"));
        browser.click("outline-add-item");
        browser.type("item-heading", "Công tác dân vận khéo");
        browser.click("tab-figures");
        browser.click("figures-add");
        newFigureForm();
        browser.type("figure-key", "dan_van");
        browser.type("figure-label", "Số mô hình dân vận khéo");
        browser.type("figure-unit", "mô hình");
        browser.wait.until(d -> browser.allText("editor-preview").contains("Số mô hình dân vận khéo: 0 mô hình."));
        assertThat(browser.allText("editor-preview")).contains("3. Công tác dân vận khéo");

        browser.click("figures-add");
        newFigureForm();
        browser.type("figure-formula", "dan_van / khong_co * 100");
        String unknown = Messages.get("template.problem.unknownKey", "khong_co");
        browser.wait.until(d -> browser.allText("editor-problems").contains(unknown));
        assertThat(browser.allText("editor-status")).isEqualTo(Messages.get("authoring.status.problems", 1));
        assertThat(browser.driver.findElement(By.id("editor-save")).getAttribute("disabled"))
                .as("Save is disabled while there are problems")
                .isNotNull();

        browser.type("figure-formula", "dan_van * 2");
        enabled("editor-save");
        assertThat(browser.allText("editor-status")).isEqualTo(Messages.get("authoring.status.valid"));
        browser.screenshot("template-editor");
        Files.copy(
                Chromium.SCREENSHOTS.resolve("template-editor.png"),
                Path.of("docs/screenshots/template-editor.png"),
                StandardCopyOption.REPLACE_EXISTING);

        browser.click("editor-save");
        browser.wait.until(d -> d.getCurrentUrl().endsWith("/mau-bao-cao"));
        WebElement key = cell("dang-uy-nam");
        assertThat(key.getText()).isEqualTo("dang-uy-nam");
        assertThat(catalog.latest(commune.id(), "dang-uy-nam").orElseThrow().version())
                .isEqualTo(2);
        ReportTemplate saved =
                catalog.template(catalog.latest(commune.id(), "dang-uy-nam").orElseThrow());
        assertThat(saved.item("P1.I.3").orElseThrow().heading()).isEqualTo("Công tác dân vận khéo");
        assertThat(saved.indicator("dan_van").orElseThrow().unit()).isEqualTo("mô hình");
        assertThat(saved.indicator("chi_tieu_1").orElseThrow().formula()).isEqualTo("dan_van * 2");
    }

    @Test
    void theEditorFitsAPhone() {
        browser.signIn(commune.user("vanphong"), Scenario.PASSWORD);
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        browser.open("/mau-bao-cao/sua/nq57-thang", "outline-tree");
        cell("C.I.1").click();
        browser.click("tab-figures");
        browser.await(By.id("figures-grid"));
        Object fits = browser.script("return document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits)
                .as(
                        "the editor scrolls sideways: %s > %s",
                        browser.script("return document.documentElement.scrollWidth"),
                        browser.script("return window.innerWidth"))
                .isEqualTo(Boolean.TRUE);
    }

    /** A grid cell (the template list, the outline's code column) by its exact text. */
    private WebElement cell(String text) {
        WebElement cell = browser.wait.until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .filter(e -> e.getText().strip().equals(text))
                .findFirst()
                .orElse(null));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", cell);
        return cell;
    }

    /** The fields of the figure just added, not those of the one picked before. */
    private void newFigureForm() {
        browser.wait.until(d ->
                !d.findElements(By.id("figure-key")).isEmpty() && "chi_tieu_1".equals(browser.value("figure-key")));
    }

    private void enabled(String id) {
        browser.wait.until(d -> d.findElement(By.id(id)).getAttribute("disabled") == null);
    }
}
