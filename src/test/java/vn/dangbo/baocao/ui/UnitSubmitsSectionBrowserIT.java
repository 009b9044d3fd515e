package vn.dangbo.baocao.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;

/** A chi bộ signs in, finds its task in the inbox, writes its sections and submits them, in real Chromium. */
@IntegrationTest
class UnitSubmitsSectionBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    @LocalServerPort
    int port;

    private WebDriver driver;
    private WebDriverWait wait;
    private Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at /usr/bin/chromium");
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--lang=vi-VN", "--user-data-dir=" + profile);
        driver = new ChromeDriver(options);
        driver.manage().window().setSize(new Dimension(1400, 1000));
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void unitWritesItsSectionsAndSubmitsThemFromTheInbox() throws IOException {
        Scenario scenario = new Scenario(port);
        long reportId = scenario.openReport(6);
        String taskId = scenario.task("ubnd", reportId, "CONTRIBUTE", null).get("id").asText();

        signIn("ubnd", Scenario.PASSWORD);
        WebElement task = wait.until(ExpectedConditions.elementToBeClickable(By.id("task-" + taskId)));
        assertThat(driver.findElement(By.id("inbox")).getText()).contains("Soạn phần báo cáo", "tháng 6 năm 2026");
        screenshot("inbox");

        task.click();
        type("item-C-I-1", "- Trung tâm Phục vụ hành chính công tiếp nhận 1.235 hồ sơ trong tháng.");
        type("figure-C-I-1-tthc_total", "10");
        type("figure-C-I-1-tthc_full_online", "6");
        type("figure-C-I-1-tthc_partial_online", "3");
        type("figure-C-I-1-tthc_direct", "1");
        type("item-D-1-main", "Cấp ủy quan tâm lãnh đạo; cán bộ, đảng viên tích cực học tập.");
        type("item-D-2-main", "Hạ tầng số ở một số thôn còn hạn chế.");
        type("item-E-main", "- Tiếp tục đẩy mạnh dịch vụ công trực tuyến toàn trình.");
        driver.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("saved-at"), "Đã lưu lúc"));
        scrollTo(By.cssSelector(".task-header"));
        screenshot("section-editor");
        scrollTo(By.id("figure-C-I-1-tthc_total"));
        screenshot("section-editor-figures");

        submit();
        wait.until(d -> notifications().contains("Chưa thể nộp"));
        screenshot("submit-refused");
        assertThat(notifications()).contains("Chưa viết nội dung cho \"A. KHÁI QUÁT CHUNG VỀ ĐẶC ĐIỂM, TÌNH HÌNH");
        assertThat(driver.findElement(By.cssSelector("#item-E-main textarea")).getAttribute("value"))
                .isEqualTo("- Tiếp tục đẩy mạnh dịch vụ công trực tuyến toàn trình.");
        driver.findElement(By.cssSelector("vaadin-notification-card vaadin-button")).click();

        for (WebElement area : driver.findElements(By.cssSelector("vaadin-text-area[id^='item-']"))) {
            WebElement input = area.findElement(By.tagName("textarea"));
            if (input.getAttribute("value").isBlank()) {
                type(area.getAttribute("id"), "Nội dung của chi bộ cho mục " + area.getAttribute("id") + ".");
            }
        }
        submit();
        wait.until(d -> !d.findElements(By.id("inbox")).isEmpty() || notifications().contains("Chưa thể nộp"));
        screenshot("after-submit");

        assertThat(notifications()).contains("Đã nộp phần báo cáo.");
        assertThat(driver.findElements(By.id("inbox"))).isNotEmpty();
        assertThat(driver.findElements(By.id("task-" + taskId))).isEmpty();
        assertThat(scenario.unitStatus(reportId, "ubnd")).isEqualTo("SUBMITTED");
        // the form login is in the trail too, and the chain still verifies
        assertThat(scenario.as("admin").get("/api/audit/verify").json().get("ok").asBoolean()).isTrue();
        assertThat(scenario.tasks("ubnd")).noneMatch(t -> t.get("id").asText().equals(taskId));
    }

    private void signIn(String username, String password) {
        driver.get("http://localhost:" + port + "/login");
        WebElement user = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#vaadinLoginUsername input")));
        user.sendKeys(username);
        WebElement pass = driver.findElement(By.cssSelector("#vaadinLoginPassword input"));
        pass.sendKeys(password);
        pass.sendKeys(Keys.ENTER);
    }

    /** Types into a Vaadin field: its native input or textarea is slotted in the light DOM. */
    private void type(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        WebElement input = field.findElement(By.cssSelector("textarea, input"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.clear();
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
    }

    private void submit() {
        driver.findElement(By.id("submit")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-submit"))).click();
    }

    private String notifications() {
        Object text = ((JavascriptExecutor) driver).executeScript("return Array.from("
                + "document.querySelectorAll('vaadin-notification-card')).map(c => c.innerText).join(' | ')");
        return text == null ? "" : text.toString();
    }

    private void scrollTo(By locator) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'})",
                driver.findElement(locator));
    }

    /** Saves what the user sees, without Vaadin's development-mode badge. */
    private void screenshot(String name) throws IOException {
        ((JavascriptExecutor) driver).executeScript(
                "document.querySelectorAll('vaadin-dev-tools, copilot-main').forEach(e => e.remove())");
        Files.createDirectories(SCREENSHOTS);
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    }
}
