package vn.dangbo.baocao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.IntegrationTest;

/** A page of another origin cannot use a signed-in browser's session to change anything through the API. */
@IntegrationTest
class CrossSiteApiIT {

    private static final String TEMPLATE = "id: cross-site\nversion: 1\ntitle: Không được lưu\n";

    @LocalServerPort
    int port;

    @Test
    void changesRidingOnTheSessionCookieNeedThisVeryOrigin() {
        CookieSession admin = CookieSession.signIn(port, "admin", "demo");
        for (String origin : new String[] {"http://evil.localhost:" + port, "http://localhost:1", "null", null}) {
            HttpResponse<String> upload = admin.post("/api/templates", origin, "text/plain", TEMPLATE);
            assertThat(upload.statusCode()).as(origin).isEqualTo(403);
            assertThat(upload.body()).contains("gửi từ chính trang của hệ thống");
            assertThat(admin.post("/api/notifications/read-all", origin, "text/plain", "")
                            .statusCode())
                    .as(origin)
                    .isEqualTo(403);
            assertThat(admin.post("/api/templates", origin, "multipart/form-data; boundary=x", "--x--")
                            .statusCode())
                    .isEqualTo(403);
        }
        assertThat(admin.post("/api/notifications/read-all", admin.ownOrigin(), "application/json", "")
                        .statusCode())
                .isBetween(200, 299);
        assertThat(admin.get("/api/me").statusCode())
                .as("reading needs no Origin")
                .isEqualTo(200);
        assertThat(ApiClient.as(port, "admin", "demo")
                        .get("/api/templates/cross-site")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void basicAuthenticationClientsAreUnaffected() {
        ApiClient.Response response = ApiClient.as(port, "admin", "demo").post("/api/notifications/read-all", Map.of());
        assertThat(response.status()).isBetween(200, 299);
    }
}
