package vn.dangbo.baocao.ui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.InvalidElementStateException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser harness: a headless Chromium driven by Selenium against a server, and the steps a user takes on
 * Vaadin pages (sign in, open, type, click, read). Skips the test where Chromium is not installed.
 */
final class Chromium implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

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
        assumeTrue(Files.isExecutable(BINARY), "Chromium is not installed at " + BINARY);
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
        // the server re-renders parts of a page (a reload after carrying forward): ask again, do not fail
        wait.ignoring(StaleElementReferenceException.class);
    }

    String url(String path) {
        return base + path;
    }

    /** Signs in afresh, whoever was signed in before. */
    void signIn(String username, String password) {
        driver.get(url("/login"));
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        WebElement user =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vaadinLoginUsername input")));
        user.sendKeys(username);
        WebElement pass = driver.findElement(By.cssSelector("#vaadinLoginPassword input"));
        pass.sendKeys(password);
        pass.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Opens a page of the application ("/bao-cao/12"). */
    void open(String path) {
        driver.get(url(path));
    }

    /** Opens a page and waits for a component on it. */
    void open(String path, String waitForId) {
        open(path);
        await(By.id(waitForId));
    }

    WebElement await(By locator) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    /** The element scrolled to the middle of the window, so that a click reaches it. */
    WebElement visible(By locator) {
        WebElement element = await(locator);
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        return element;
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Types into a Vaadin field (its native input or textarea is slotted in the light DOM) and leaves it. */
    void type(String id, String text) {
        typeAndPause(id, text);
        input(id).sendKeys(Keys.TAB);
    }

    /**
     * Types without leaving the field, as someone who pauses while writing. The server may re-render the field
     * at that moment (an autosave answering): the typing is then repeated on the new element.
     */
    void typeAndPause(String id, String text) {
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement input = input(id);
                input.clear();
                input.sendKeys(text);
                return;
            } catch (InvalidElementStateException | StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
                // a closing dialog leaves the page inert for its animation, longer on a busy machine
                pause(300L * attempt);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The native input or textarea of a Vaadin field, once it can be typed into. */
    WebElement input(String id) {
        WebElement input = await(By.id(id)).findElement(By.cssSelector("textarea, input"));
        script("arguments[0].scrollIntoView({block: 'center'})", input);
        wait.until(d -> input.isDisplayed() && input.isEnabled() && input.getAttribute("readonly") == null);
        return input;
    }

    String value(String id) {
        return driver.findElement(By.id(id))
                .findElement(By.cssSelector("textarea, input"))
                .getAttribute("value");
    }

    /** The error message a Vaadin field shows under itself, or "" when it is valid. */
    String fieldError(String id) {
        Object text =
                script("const f = document.getElementById(arguments[0]); return f.invalid ? f.errorMessage : ''", id);
        return text == null ? "" : text.toString();
    }

    void click(String id) {
        hideDevelopmentTools();
        WebElement element = visible(By.id(id));
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    String text(String id) {
        return await(By.id(id)).getText();
    }

    /** All the text of an element, wherever it is scrolled (Selenium's getText leaves out what is scrolled away). */
    String allText(String id) {
        await(By.id(id));
        Object text = script("return document.getElementById(arguments[0]).innerText", id);
        return text == null ? "" : text.toString();
    }

    String notifications() {
        Object text = script("return Array.from(document.querySelectorAll('vaadin-notification-card'))"
                + ".map(c => c.innerText).join(' | ')");
        return text == null ? "" : text.toString();
    }

    /** Vaadin's development-mode badge and Copilot sit over the bottom right corner: a user of production has neither. */
    void hideDevelopmentTools() {
        script("document.querySelectorAll('vaadin-dev-tools, copilot-main').forEach(e => e.remove())");
    }

    void scrollTo(By locator) {
        script("arguments[0].scrollIntoView({block: 'start'})", driver.findElement(locator));
    }

    /** Saves what the user sees as target/screenshots/{name}.png, without Vaadin's development-mode badge. */
    void screenshot(String name) throws IOException {
        hideDevelopmentTools();
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
