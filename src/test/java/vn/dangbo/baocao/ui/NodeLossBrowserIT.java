package vn.dangbo.baocao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.dangbo.baocao.Await;

/**
 * Two production nodes behind HAProxy (scripts/two-nodes.sh runs this with -Dnodes.url and the rest): a chi bộ
 * writes in the editor, its node dies (kill -9), and on its next click it is sent to sign in again, lands on
 * the other node and finds its text, autosaved. Skipped in the ordinary test run, where there are no nodes.
 */
@EnabledIfSystemProperty(named = "nodes.url", matches = ".+")
class NodeLossBrowserIT {

    private static final String FIELD = "item-E-main";

    @Test
    void aUserOfTheDeadNodeSignsInAgainAndFindsTheWorkAutosaved() throws Exception {
        String text = "- Văn bản viết trước khi máy chủ dừng đột ngột, lưu tự động.";
        try (Chromium browser = new Chromium(System.getProperty("nodes.url"))) {
            try {
                loseTheNodeWhileWriting(browser, text);
            } finally {
                browser.screenshot("node-loss-last");
            }
        }
    }

    private void loseTheNodeWhileWriting(Chromium browser, String text) throws Exception {
        browser.signIn(System.getProperty("nodes.user"), System.getProperty("nodes.password"));
        browser.open("/cong-viec/" + System.getProperty("nodes.task"));
        browser.visible(By.cssSelector("#" + FIELD + " textarea")).sendKeys(text);
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("saved-at"), "Đã lưu lúc"));

        Cookie node = browser.driver.manage().getCookieNamed("BAOCAO_NODE");
        assertThat(node).as("HAProxy's sticky-session cookie").isNotNull();
        kill(node.getValue());
        Thread.sleep(3000); // the user's next click; HAProxy has by then seen the node fail twice (1 s apart)

        browser.driver.navigate().refresh();
        browser.wait.until(ExpectedConditions.urlContains("/login"));
        browser.signIn(System.getProperty("nodes.user"), System.getProperty("nodes.password"));
        browser.open("/cong-viec/" + System.getProperty("nodes.task"));
        browser.await(By.id(FIELD));
        Cookie now = browser.driver.manage().getCookieNamed("BAOCAO_NODE");
        assertThat(now == null ? null : now.getValue())
                .as("the node that serves the user now")
                .isNotNull()
                .isNotEqualTo(node.getValue());
        String saved =
                (String) browser.script("return document.querySelector(arguments[0]).value", "#" + FIELD + " textarea");
        assertThat(saved).isEqualTo(text);
    }

    /** kill -9 of the node's JVM, as the power cut of its machine; returns once it is gone. */
    private static void kill(String node) throws Exception {
        long pid = Long.parseLong(Files.readString(Path.of(System.getProperty("nodes.run-dir"), node + ".pid"))
                .strip());
        ProcessHandle process =
                ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("node " + node + " is not running"));
        new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor();
        Await.until("node " + node + " killed", Duration.ofSeconds(10), () -> !process.isAlive());
    }
}
