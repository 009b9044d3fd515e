package vn.dangbo.baocao.ui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
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

/**
 * One headless Chromium per test class (starting one costs seconds), and the steps a user takes on Vaadin
 * fields. Subclasses are {@code @IntegrationTest}s; each test signs in again (cookies are cleared).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    protected static final Path SCREENSHOTS = Path.of("target/screenshots");

    @LocalServerPort
    protected int port;

    protected WebDriver driver;
    protected WebDriverWait wait;
    private Path profile;

    @BeforeAll
    void startBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at /usr/bin/chromium");
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
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
        // the server re-renders parts of a page (a reload after carrying forward): ask again, do not fail
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @AfterAll
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

    /** What the browser showed at the end of each test, to see why one failed. */
    @AfterEach
    void lastScreen(TestInfo test) throws IOException {
        if (driver != null) {
            screenshot("last-"
                    + test.getTestMethod()
                            .map(java.lang.reflect.Method::getName)
                            .orElse("test"));
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Signs in afresh, whoever was signed in before. */
    protected void signIn(String username, String password) {
        driver.get(url("/login"));
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        WebElement user =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vaadinLoginUsername input")));
        user.sendKeys(username);
        WebElement pass = driver.findElement(By.cssSelector("#vaadinLoginPassword input"));
        pass.sendKeys(password);
        pass.sendKeys(Keys.ENTER);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Opens a page of the application and waits for a component on it. */
    protected void open(String path, String waitForId) {
        driver.get(url(path));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(waitForId)));
    }

    /** Types into a Vaadin field (its native input or textarea is slotted in the light DOM) and leaves it. */
    protected void type(String id, String text) {
        typeAndPause(id, text);
        input(id).sendKeys(Keys.TAB);
    }

    /**
     * Types without leaving the field, as someone who pauses while writing. The server may re-render the field
     * at that moment (an autosave answering): the typing is then repeated on the new element.
     */
    protected void typeAndPause(String id, String text) {
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement input = input(id);
                input.clear();
                input.sendKeys(text);
                return;
            } catch (org.openqa.selenium.InvalidElementStateException
                    | org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
                // a closing dialog leaves the page inert for its animation, longer on a busy machine
                sleep(300L * attempt);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    protected WebElement input(String id) {
        WebElement field = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        WebElement input = field.findElement(By.cssSelector("textarea, input"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        wait.until(d -> input.isDisplayed() && input.isEnabled() && input.getAttribute("readonly") == null);
        return input;
    }

    protected String value(String id) {
        return driver.findElement(By.id(id))
                .findElement(By.cssSelector("textarea, input"))
                .getAttribute("value");
    }

    /** The error message a Vaadin field shows under itself, or "" when it is valid. */
    protected String fieldError(String id) {
        Object text = ((JavascriptExecutor) driver)
                .executeScript(
                        "const f = document.getElementById(arguments[0]); return f.invalid ? f.errorMessage : ''", id);
        return text == null ? "" : text.toString();
    }

    protected void click(String id) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    protected String text(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)))
                .getText();
    }

    /** All the text of an element, wherever it is scrolled (Selenium's getText leaves out what is scrolled away). */
    protected String allText(String id) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        Object text = ((JavascriptExecutor) driver)
                .executeScript("return document.getElementById(arguments[0]).innerText", id);
        return text == null ? "" : text.toString();
    }

    protected String notifications() {
        Object text = ((JavascriptExecutor) driver)
                .executeScript("return Array.from("
                        + "document.querySelectorAll('vaadin-notification-card')).map(c => c.innerText).join(' | ')");
        return text == null ? "" : text.toString();
    }

    protected void scrollTo(By locator) {
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'start'})", driver.findElement(locator));
    }

    /** Saves what the user sees, without Vaadin's development-mode badge. */
    protected void screenshot(String name) throws IOException {
        ((JavascriptExecutor) driver)
                .executeScript("document.querySelectorAll('vaadin-dev-tools, copilot-main').forEach(e => e.remove())");
        Files.createDirectories(SCREENSHOTS);
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    }
}
