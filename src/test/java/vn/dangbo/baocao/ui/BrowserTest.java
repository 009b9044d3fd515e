package vn.dangbo.baocao.ui;

import java.io.IOException;
import java.lang.reflect.Method;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One {@link Chromium} per test class (starting one costs seconds), against the test server. Subclasses are
 * {@code @IntegrationTest}s; each test signs in again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    @LocalServerPort
    protected int port;

    protected Chromium browser;

    @BeforeAll
    void startBrowser() throws IOException {
        browser = new Chromium(port);
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    /** What the browser showed at the end of each test, to see why one failed. */
    @AfterEach
    void lastScreen(TestInfo test) throws IOException {
        if (browser != null) {
            browser.screenshot(
                    "last-" + test.getTestMethod().map(Method::getName).orElse("test"));
        }
    }
}
