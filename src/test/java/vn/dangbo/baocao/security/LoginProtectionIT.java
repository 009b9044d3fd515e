package vn.dangbo.baocao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.IntegrationTest;

/** Guessing passwords is slowed and leaves a few audit entries; easy passwords are refused; cookies Secure over TLS. */
@IntegrationTest
class LoginProtectionIT {

    private static final String PASSWORD = "Thu-mat-khau-dang-nhap";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void seventyWrongPasswordsThenTheRightOneIsRefusedForAWhile() {
        String user = newUser("doan");
        for (int i = 0; i < 70; i++) {
            int status = ApiClient.as(port, user, "sai-" + i + "-mat-khau")
                    .get("/api/me")
                    .status();
            assertThat(status).isIn(401, 429);
        }
        ApiClient.Response right = ApiClient.as(port, user, PASSWORD).get("/api/me");
        assertThat(right.status()).isEqualTo(429);
        assertThat(right.detail()).startsWith("Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau");
        assertThat(right.raw().headers().firstValue("Retry-After")).isPresent();
        assertThat(jdbc.sql("select count(*) from audit_entry where actor = ? and action = 'LOGIN_FAILED'")
                        .param(user)
                        .query(Integer.class)
                        .single())
                .isBetween(1, 4);
    }

    @Test
    void easyOrUnchangedPasswordsAreRefusedInVietnamese() {
        String user = newUser("mk");
        ApiClient self = ApiClient.as(port, user, PASSWORD);
        for (String weak : List.of(" ".repeat(10), "1234567890", "matkhau123", user + "-2026-xyz")) {
            ApiClient.Response response =
                    self.post("/api/me/password", Map.of("currentPassword", PASSWORD, "newPassword", weak));
            assertThat(response.status()).as(weak).isEqualTo(422);
            assertThat(response.json().at("/errors/0/field").asText()).isEqualTo("newPassword");
        }
        ApiClient.Response same =
                self.post("/api/me/password", Map.of("currentPassword", PASSWORD, "newPassword", PASSWORD));
        assertThat(same.status()).isEqualTo(422);
        assertThat(same.json().at("/errors/0/message").asText()).isEqualTo("Mật khẩu mới phải khác mật khẩu hiện tại.");
        ApiClient.Response reset =
                admin().post("/api/admin/users/" + user + "/password", Map.of("password", "qwertyuiop"));
        assertThat(reset.status()).isEqualTo(422);
        assertThat(admin().post(
                                "/api/admin/users",
                                Map.of(
                                        "username",
                                        user + "x",
                                        "fullName",
                                        "Người thử",
                                        "unitCode",
                                        "ubnd",
                                        "roles",
                                        List.of("UNIT"),
                                        "password",
                                        "1111111111"))
                        .status())
                .isEqualTo(422);
    }

    @Test
    void theSessionCookieIsSecureBehindATlsProxy() throws Exception {
        String form = "username=" + URLEncoder.encode("ubnd", StandardCharsets.UTF_8) + "&password=demo";
        HttpResponse<String> overTls = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("X-Forwarded-Proto", "https")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(cookie(overTls)).contains("; Secure").contains("HttpOnly");
        HttpResponse<String> plain = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(cookie(plain)).doesNotContain("Secure");
    }

    private static String cookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
    }

    private ApiClient admin() {
        return ApiClient.as(port, "admin", "demo");
    }

    private String newUser(String prefix) {
        String username = prefix + "." + System.nanoTime() % 1_000_000;
        ApiClient.Response created = admin().post(
                        "/api/admin/users",
                        Map.of(
                                "username",
                                username,
                                "fullName",
                                "Người dùng thử đăng nhập",
                                "unitCode",
                                "ubnd",
                                "roles",
                                List.of("UNIT"),
                                "password",
                                PASSWORD));
        assertThat(created.status()).as(created.detail()).isEqualTo(201);
        return username;
    }
}
