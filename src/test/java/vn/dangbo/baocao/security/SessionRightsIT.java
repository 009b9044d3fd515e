package vn.dangbo.baocao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.IntegrationTest;

/** An open session acts with the user's rights of now: a change by the administrator ends it at the next request. */
@IntegrationTest
class SessionRightsIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String PASSWORD = "mat-khau-ban-dau";

    @LocalServerPort
    int port;

    @Test
    void disablingAUserEndsTheirOpenSession() throws Exception {
        String user = newUser();
        String cookie = signIn(user, PASSWORD);
        assertThat(me(cookie)).isEqualTo(200);

        admin().patch("/api/admin/users/" + user, Map.of("enabled", false));

        assertThat(me(cookie)).isEqualTo(401);
        admin().patch("/api/admin/users/" + user, Map.of("enabled", true));
        assertThat(me(cookie)).as("the ended session does not come back").isEqualTo(401);
    }

    @Test
    void aRoleChangeEndsTheOpenSession() throws Exception {
        String user = newUser();
        String cookie = signIn(user, PASSWORD);
        assertThat(me(cookie)).isEqualTo(200);

        ApiClient.Response changed =
                admin().patch("/api/admin/users/" + user, Map.of("unitCode", "vpdu", "roles", List.of("OFFICE")));
        assertThat(changed.status()).as(changed.detail()).isEqualTo(200);

        assertThat(me(cookie)).isEqualTo(401);
        String again = signIn(user, PASSWORD);
        assertThat(get(again, "/api/me").body()).contains("OFFICE");
    }

    @Test
    void aPasswordResetEndsTheOpenSession() throws Exception {
        String user = newUser();
        String cookie = signIn(user, PASSWORD);
        String other = signIn(user, PASSWORD);

        assertThat(admin().post("/api/admin/users/" + user + "/password", Map.of("password", "mat-khau-moi-123"))
                        .status())
                .isEqualTo(204);

        assertThat(me(cookie)).isEqualTo(401);
        assertThat(me(other)).isEqualTo(401);
        assertThat(signIn(user, "mat-khau-moi-123")).isNotNull();
    }

    private ApiClient admin() {
        return ApiClient.as(port, "admin", "demo");
    }

    private String newUser() {
        String username = "phien." + System.nanoTime() % 100_000 + "." + SEQUENCE.incrementAndGet();
        ApiClient.Response created = admin().post(
                        "/api/admin/users",
                        Map.of(
                                "username",
                                username,
                                "fullName",
                                "Người dùng thử phiên",
                                "unitCode",
                                "ubnd",
                                "roles",
                                List.of("UNIT"),
                                "password",
                                PASSWORD));
        assertThat(created.status()).as(created.detail()).isEqualTo(201);
        return username;
    }

    private String signIn(String username, String password) {
        return CookieSession.signIn(port, username, password).cookie;
    }

    private int me(String cookie) throws IOException, InterruptedException {
        return get(cookie, "/api/me").statusCode();
    }

    private HttpResponse<String> get(String cookie, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(url(path))
                                .header("Cookie", cookie)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
