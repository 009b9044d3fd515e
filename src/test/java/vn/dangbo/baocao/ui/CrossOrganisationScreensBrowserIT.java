package vn.dangbo.baocao.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;
import vn.dangbo.baocao.TestCommune;

/**
 * The screens keep organisations apart as the API does: another organisation's office opening the first one's
 * report routes sees none of it; the platform operator lands on "Tổ chức" and is sent back there from any
 * organisation's screen.
 */
@IntegrationTest
class CrossOrganisationScreensBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void anotherOrganisationsReportRoutesShowNothingOfIt() throws Exception {
        assumeTrue(Files.isExecutable(Chromium.BINARY), "Chromium is not installed at /usr/bin/chromium");
        TestCommune a =
                TestCommune.in(context).termStart(LocalDate.of(2025, 7, 1)).create();
        TestCommune b =
                TestCommune.in(context).termStart(LocalDate.of(2025, 7, 1)).create();
        Scenario ours = new Scenario(port, a.prefix());
        long id = ours.openReport(2033, 6);
        ours.writeAll("ubnd", id, "Bí mật của xã thứ nhất");
        String title = ours.report(id).get("title").asText();

        try (Chromium browser = new Chromium(port)) {
            browser.signIn(b.prefix() + "vanphong", Scenario.PASSWORD);
            for (String route : List.of(
                    "/bao-cao/" + id,
                    "/bao-cao/" + id + "/nhat-ky",
                    "/bao-cao/" + id + "/phan/ubnd",
                    "/bao-cao/" + id + "/phien-ban/C.I")) {
                browser.open(route);
                browser.await(By.cssSelector("vaadin-app-layout"));
                // give the server its round trip, then read everything the page shows
                Thread.sleep(1500);
                String page = browser.driver.findElement(By.tagName("body")).getText();
                assertThat(page).as(route).doesNotContain("Bí mật của xã thứ nhất");
                assertThat(page).as(route).doesNotContain(title);
            }

            browser.signIn("platform", Scenario.PASSWORD);
            browser.wait.until(d -> d.getCurrentUrl().contains("nen-tang/to-chuc"));
            browser.wait.until(d -> d.findElement(By.tagName("body")).getText().contains("xuan-hung"));
            browser.open("/bao-cao/" + id);
            browser.wait.until(d -> d.getCurrentUrl().contains("nen-tang/to-chuc"));
            assertThat(browser.driver.findElement(By.tagName("body")).getText()).doesNotContain(title);
        }
    }
}
