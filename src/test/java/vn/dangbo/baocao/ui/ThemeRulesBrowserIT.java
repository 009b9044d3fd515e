package vn.dangbo.baocao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;

/** The theme's rules reach the page (the rules after a broken one used to be dropped), on a desk and a phone. */
@IntegrationTest
class ThemeRulesBrowserIT extends BrowserTest {

    @Test
    void theReturnedPartsRulesApplyOnADeskAndOnAPhone() throws IOException {
        Scenario scenario = new Scenario(port);
        long reportId = scenario.openReport(2027, 7);
        scenario.writeAll("ubnd", reportId, "Bản đầu");
        scenario.submit("ubnd", reportId);
        scenario.review(reportId, "ubnd", "RETURN", "Bổ sung số liệu.");
        String taskId =
                scenario.task("ubnd", reportId, "CONTRIBUTE", null).get("id").asText();

        browser.driver.manage().window().setSize(new Dimension(1440, 900));
        browser.signIn("ubnd", Scenario.PASSWORD);
        browser.open("/cong-viec/" + taskId, "item-C-I-1");
        browser.type("item-E-main", "Bản đầu E.main\n- Hoàn thành cấp chữ ký số cho 25 cán bộ.");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#diff-E .diff-columns")));

        assertThat(style(".diff-columns", "gridTemplateColumns").split(" ")).hasSize(2);
        assertThat(style(".editor-tools", "flexWrap")).isEqualTo("wrap");
        assertThat(style(".diff-line", "whiteSpace")).isEqualTo("pre-wrap");
        assertThat(style("#diff-E .diff-added", "backgroundColor")).isEqualTo("rgb(220, 245, 220)");
        assertThat(computedFieldBackground()).isNotIn("rgba(0, 0, 0, 0)", "transparent", "");
        browser.screenshot("theme-desk");

        browser.driver.manage().window().setSize(new Dimension(390, 844));
        browser.wait.until(d -> style(".diff-columns", "gridTemplateColumns").split(" ").length == 1);
        assertThat(style(".editor-tools", "flexWrap")).isEqualTo("wrap");
        browser.screenshot("theme-phone");
    }

    private String style(String selector, String property) {
        Object value = browser.script(
                "const e = document.querySelector(arguments[0]); return e ? getComputedStyle(e)[arguments[1]] : ''",
                selector,
                property);
        return value == null ? "" : value.toString();
    }

    private String computedFieldBackground() {
        Object value = browser.script("const f = document.querySelector('.figures vaadin-text-field.computed');"
                + "const p = f && f.shadowRoot.querySelector('[part=\"input-field\"]');"
                + "return p ? getComputedStyle(p).backgroundColor : ''");
        return value == null ? "" : value.toString();
    }
}
