package vn.dangbo.baocao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.IntegrationTest;

/** A user disabled while their screen is open cannot act at their next click: they are back at the sign-in page. */
@IntegrationTest
class DisabledUserBrowserIT extends BrowserTest {

    private static final String PASSWORD = "mat-khau-ban-dau";

    @Test
    void disablingAUserSendsTheirOpenScreenToTheSignInPageAtTheNextClick() {
        String username = "tat." + System.nanoTime() % 100_000;
        ApiClient admin = ApiClient.as(port, "admin", "demo");
        ApiClient.Response created = admin.post(
                "/api/admin/users",
                Map.of(
                        "username",
                        username,
                        "fullName",
                        "Người dùng sẽ bị khóa",
                        "unitCode",
                        "ubnd",
                        "roles",
                        List.of("UNIT"),
                        "password",
                        PASSWORD));
        assertThat(created.status()).as(created.detail()).isEqualTo(201);
        browser.signIn(username, PASSWORD);
        List<WebElement> menu = browser.wait.until(
                ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("vaadin-side-nav-item"), 1));

        assertThat(admin.patch("/api/admin/users/" + username, Map.of("enabled", false))
                        .status())
                .isEqualTo(200);
        menu.get(menu.size() - 1).click();

        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vaadinLoginUsername input")));
        assertThat(browser.driver.getCurrentUrl()).contains("/login");
    }
}
