package vn.dangbo.baocao.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
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

/** A headless Chromium driven by Selenium against a server, with the few steps every browser test needs. */
final class Chromium implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/chromium");

    final WebDriver driver;
    final WebDriverWait wait;
    private final String base;
    private final Path profile;

    /** Against the test server on this port. */
    Chromium(int port) throws IOException {
        this("http://localhost:" + port);
    }

    /** Against any server, e.g. a load balancer in front of production nodes. */
    Chromium(String base) throws IOException {
        this.base = base;
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toString());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--lang=vi-VN",
                "--user-data-dir=" + profile);
        driver = new ChromeDriver(options);
        driver.manage().window().setSize(new Dimension(1400, 1000));
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    void signIn(String username, String password) {
        driver.manage().deleteAllCookies();
        driver.get(base + "/login");
        WebElement user =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vaadinLoginUsername input")));
        user.sendKeys(username);
        WebElement pass = driver.findElement(By.cssSelector("#vaadinLoginPassword input"));
        pass.sendKeys(password);
        pass.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    void open(String route) {
        driver.get(base + "/" + route);
    }

    WebElement await(By locator) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    String notifications() {
        Object text = script("return Array.from(document.querySelectorAll('vaadin-notification-card'))"
                + ".map(c => c.innerText).join(' | ')");
        return text == null ? "" : text.toString();
    }

    /** The element scrolled to the middle of the window, so that a click reaches it. */
    WebElement visible(By locator) {
        WebElement element = await(locator);
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        return element;
    }

    void scrollTo(By locator) {
        script("arguments[0].scrollIntoView({block: 'start'})", driver.findElement(locator));
    }

    /** Saves what the user sees, without Vaadin's development-mode badge. */
    void screenshot(Path file) throws IOException {
        script("document.querySelectorAll('vaadin-dev-tools, copilot-main').forEach(e => e.remove())");
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
