package vn.dangbo.baocao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;

/**
 * axe-core run inside the page on the screens of the issue (login, inbox, editor, review): no serious or
 * critical violation, and the page says it is Vietnamese.
 */
@IntegrationTest
class AccessibilityBrowserIT extends BrowserTest {

    private static String axe;

    @Test
    void theLoginInboxEditorAndReviewHaveNoSeriousViolation() throws IOException {
        Scenario scenario = new Scenario(port);
        long reportId = scenario.openReport(2029, 7);
        scenario.writeAll("congan", reportId, "Bản đầu");
        scenario.submit("congan", reportId);
        String contribute =
                scenario.task("ubnd", reportId, "CONTRIBUTE", null).get("id").asText();
        String review = scenario.task("vanphong", reportId, "REVIEW", "congan")
                .get("id")
                .asText();

        browser.driver.manage().deleteAllCookies();
        browser.driver.get(browser.url("/login"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vaadinLoginUsername input")));
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("vi");
        assertThat(serious("login")).isEmpty();

        browser.signIn("ubnd", Scenario.PASSWORD);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inbox")));
        assertThat(serious("inbox")).isEmpty();

        browser.open("/cong-viec/" + contribute, "item-C-I-1");
        assertThat(serious("editor")).isEmpty();

        browser.signIn("vanphong", Scenario.PASSWORD);
        browser.open("/cong-viec/" + review, "accept");
        assertThat(serious("review")).isEmpty();
    }

    @Test
    void enterOnAnInboxRowOpensTheTask() {
        Scenario scenario = new Scenario(port);
        long reportId = scenario.openReport(2029, 8, java.time.Duration.ofMinutes(90));
        String taskId =
                scenario.task("ubnd", reportId, "CONTRIBUTE", null).get("id").asText();
        browser.signIn("ubnd", Scenario.PASSWORD);
        org.openqa.selenium.WebElement cell =
                browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-" + taskId)));
        // focus the row's cell as the keyboard does (Tab into the grid, arrows to the row), then Enter
        browser.script(
                "arguments[0].closest('vaadin-grid-cell-content')" + ".assignedSlot.parentElement.focus()", cell);
        browser.driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.wait.until(ExpectedConditions.urlContains("/cong-viec/" + taskId));
    }

    @Test
    void aWrongPasswordKeepsTheUsername() {
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(browser.url("/login"));
        org.openqa.selenium.WebElement user = browser.wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vaadinLoginUsername input")));
        user.sendKeys("ubnd");
        org.openqa.selenium.WebElement pass = browser.driver.findElement(By.cssSelector("#vaadinLoginPassword input"));
        pass.sendKeys("sai-mat-khau");
        pass.sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.wait.until(ExpectedConditions.urlContains("error"));
        browser.wait.until(d -> "ubnd"
                .equals(d.findElement(By.cssSelector("#vaadinLoginUsername input"))
                        .getAttribute("value")));
    }

    /** The serious and critical violations axe finds on the page now, as "rule: target" lines. */
    @SuppressWarnings("unchecked")
    private List<String> serious(String screen) throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        js.executeScript(axeSource());
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ': ' + v.help + ' — ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
        browser.screenshot("axe-" + screen);
        return (List<String>) result;
    }

    private static synchronized String axeSource() throws IOException {
        if (axe == null) {
            try (InputStream in = AccessibilityBrowserIT.class.getResourceAsStream("/axe.min.js")) {
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return axe;
    }
}
