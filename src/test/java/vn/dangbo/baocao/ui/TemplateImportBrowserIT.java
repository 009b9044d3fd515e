package vn.dangbo.baocao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;
import vn.dangbo.baocao.TestCommune;
import vn.dangbo.baocao.template.OutlineDocx;
import vn.dangbo.baocao.template.TemplateCatalog;

/** The office imports seed 000's outline from Word on "Mẫu báo cáo", looks at it and saves it as a new template. */
@IntegrationTest
class TemplateImportBrowserIT extends BrowserTest {

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
    void officeImportsSeed000sOutlineSeesItAndSavesItAsANewTemplate() throws Exception {
        browser.signIn(commune.user("vanphong"), Scenario.PASSWORD);
        browser.open("/mau-bao-cao", "outline-import-upload");
        upload(OutlineDocx.seed000(), "dan-y-nq57.docx");

        browser.wait.until(d -> browser.text("outline-import-summary").contains("13 phần, 16 mục"));
        assertThat(browser.text("outline-import-summary"))
                .contains("Báo cáo tháng - Việc lãnh đạo, chỉ đạo, tổ chức thực hiện Nghị quyết số 57-NQ/TW");
        assertThat(browser.allText("outline-import-outline"))
                .contains(
                        "A. KHÁI QUÁT CHUNG VỀ ĐẶC ĐIỂM, TÌNH HÌNH",
                        "1. Đặc điểm, tình hình",
                        "Nêu đặc điểm tình hình của Chi bộ.",
                        "B. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO",
                        "+ Số hội nghị đã quán triệt, tổ chức.",
                        "III- ĐỐI VỚI CHI BỘ TRƯỜNG THCS XUÂN VINH",
                        "3.2. Nguyên nhân chủ quan",
                        "Người viết: Văn phòng")
                .doesNotContain("ĐẢNG BỘ XÃ XUÂN HƯNG", "Xuân Hưng, ngày");
        assertThat(catalog.latest(commune.id(), "dan-y-nq57"))
                .as("nothing stored before saving")
                .isEmpty();
        browser.screenshot("template-import-preview");

        browser.click("outline-import-save");
        browser.wait.until(d -> browser.notifications().contains("Đã lưu mẫu \"dan-y-nq57\", phiên bản 1."));
        browser.wait.until(d -> gridText().contains("dan-y-nq57"));
        // the saved template is selected: its outline is shown with its title and version
        browser.wait.until(
                d -> String.valueOf(browser.script("return document.querySelector('.template-outline').innerText"))
                        .contains(
                                "Báo cáo tháng - Việc lãnh đạo, chỉ đạo, tổ chức thực hiện Nghị quyết số 57-NQ/TW — Phiên bản 1"));
        assertThat(browser.driver.findElements(By.id("outline-import-preview")))
                .as("no preview shown")
                .noneMatch(WebElement::isDisplayed);
        assertThat(catalog.latest(commune.id(), "dan-y-nq57")).isPresent();
        assertThat(catalog.template(catalog.latest(commune.id(), "dan-y-nq57").orElseThrow())
                        .section("C.III")
                        .orElseThrow()
                        .numberedHeading())
                .isEqualTo("III- ĐỐI VỚI CHI BỘ TRƯỜNG THCS XUÂN VINH");

        // the same outline again, without reloading: a new template beside the saved one, not a new version of it
        upload(OutlineDocx.seed000(), "dan-y-nq57.docx");
        browser.wait.until(d -> browser.text("outline-import-summary").contains("(mã dan-y-nq57-2)"));
    }

    @Test
    void anOutlineWithoutNumberedHeadingsIsRefusedWithAVietnameseMessage() throws Exception {
        browser.signIn(commune.user("vanphong"), Scenario.PASSWORD);
        browser.open("/mau-bao-cao", "outline-import-upload");
        upload(OutlineDocx.typed(List.of("BÁO CÁO", "Về việc thi đua", "Nội dung chưa có đề mục.")), "thi-dua.docx");
        browser.wait.until(
                d -> browser.allText("outline-import-problems").contains("Không tìm thấy đề mục đánh số nào"));
        assertThat(browser.driver.findElements(By.id("outline-import-preview")))
                .as("no preview shown")
                .noneMatch(WebElement::isDisplayed);
        assertThat(catalog.latest(commune.id(), "thi-dua")).isEmpty();
    }

    private void upload(byte[] content, String name) throws Exception {
        Path file = Files.createTempDirectory("outline").resolve(name);
        Files.write(file, content);
        WebElement host = browser.await(By.id("outline-import-upload"));
        WebElement input =
                (WebElement) browser.script("return arguments[0].shadowRoot.querySelector('input[type=file]')", host);
        input.sendKeys(file.toString());
    }

    private String gridText() {
        return String.valueOf(browser.script("return Array.from(document.querySelectorAll('vaadin-grid-cell-content'))"
                + ".map(c => c.innerText).join('|')"));
    }
}
