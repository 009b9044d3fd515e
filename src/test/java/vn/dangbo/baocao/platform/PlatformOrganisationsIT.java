package vn.dangbo.baocao.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;

/**
 * The platform operator creates, edits and deactivates organisations through /api/platform/organisations; a
 * deactivated organisation keeps everything and refuses every change of its users; nobody but the operator
 * reaches these endpoints or the engine's REST API.
 */
@IntegrationTest
class PlatformOrganisationsIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String ADMIN_PASSWORD = "Quan-tri-Xa-2026!";

    @LocalServerPort
    int port;

    private ApiClient platform() {
        return ApiClient.as(port, "platform", Scenario.PASSWORD);
    }

    private Map<String, Object> request(String code, String parent, String profile) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "ĐẢNG ỦY XÃ THỬ NGHIỆM");
        body.put("superior", "ĐẢNG BỘ TỈNH NINH BÌNH");
        body.put("place", "Thử Nghiệm");
        body.put("shortName", "Đảng ủy xã Thử Nghiệm");
        body.put("issuerCode", "ĐU");
        body.put("termStart", "2025-07-01");
        body.put("formatProfile", profile);
        body.put("parentCode", parent);
        body.put("admin", Map.of("username", code + ".qt", "password", ADMIN_PASSWORD, "fullName", "Ngô Văn Quản"));
        return body;
    }

    private static String code() {
        return "p" + System.nanoTime() % 100_000 + "x" + SEQUENCE.incrementAndGet();
    }

    @Test
    void operatorCreatesAnOrganisationWhoseAdministratorSignsInToItsOwnUnits() {
        String code = code();
        ApiClient.Response created =
                platform().post("/api/platform/organisations", request(code, "ninh-binh", "state-30"));

        assertThat(created.status()).as(created.detail()).isEqualTo(201);
        assertThat(created.raw().headers().firstValue("Location")).hasValue("/api/platform/organisations/" + code);
        assertThat(created.json().get("parentCode").asText()).isEqualTo("ninh-binh");
        assertThat(created.json().get("formatProfile").asText()).isEqualTo("state-30");
        assertThat(created.json().get("active").asBoolean()).isTrue();

        ApiClient admin = ApiClient.as(port, code + ".qt", ADMIN_PASSWORD);
        assertThat(admin.get("/api/me").json().get("fullName").asText()).isEqualTo("Ngô Văn Quản");
        List<String> units = new ArrayList<>();
        admin.get("/api/admin/units")
                .json()
                .forEach(u -> units.add(u.get("code").asText()));
        assertThat(units).containsExactlyInAnyOrder("vpdu", "btv");
        assertThat(admin.get("/api/templates").json().size()).isGreaterThan(0);
        assertThat(codes(platform().get("/api/platform/organisations").json())).contains(code, "xuan-hung");
        // the new administrator sees only their own organisation's audit trail, which holds its creation
        assertThat(admin.get("/api/audit/verify").json().get("ok").asBoolean()).isTrue();
    }

    @Test
    void refusalsNameTheFieldInVietnameseAndCreateNothing() {
        int before = platform().get("/api/platform/organisations").json().size();
        refuse(with(request("xuan-hung", null, null), "admin", admin("moi.qt", ADMIN_PASSWORD)), "code", "đã có");
        refuse(
                with(request(code(), null, null), "admin", admin("vanphong", ADMIN_PASSWORD)),
                "admin.username",
                "đã được dùng");
        refuse(
                with(request(code(), null, null), "admin", admin("platform", ADMIN_PASSWORD)),
                "admin.username",
                "đã được dùng");
        refuse(request(code(), "khong-co", null), "parentCode", "Không có tổ chức cấp trên");
        refuse(request(code(), null, "state-99"), "formatProfile", "Không có thể thức");
        refuse(
                with(request(code(), null, null), "admin", admin(code() + ".qt", "1234567890")),
                "admin.password",
                "dễ đoán");
        refuse(
                with(request(code(), null, null), "admin", admin(code() + ".qt", "matkhau123")),
                "admin.password",
                "phổ biến");
        assertThat(platform().get("/api/platform/organisations").json().size()).isEqualTo(before);
    }

    @Test
    void aSuperiorCannotBeMovedBelowItsOwnChild() {
        String upper = code();
        String lower = code();
        assertThat(platform()
                        .post("/api/platform/organisations", request(upper, "ninh-binh", null))
                        .status())
                .isEqualTo(201);
        assertThat(platform()
                        .post("/api/platform/organisations", request(lower, upper, null))
                        .status())
                .isEqualTo(201);

        ApiClient.Response cycle =
                platform().patch("/api/platform/organisations/" + upper, Map.of("parentCode", lower));
        assertThat(cycle.status()).isEqualTo(422);
        assertThat(cycle.json().at("/errors/0/field").asText()).isEqualTo("parentCode");
        assertThat(cycle.detail()).contains("đang là cấp dưới");
        assertThat(platform()
                        .patch("/api/platform/organisations/" + upper, Map.of("parentCode", upper))
                        .status())
                .isEqualTo(422);

        ApiClient.Response renamed = platform()
                .put(
                        "/api/platform/organisations/" + lower,
                        Map.of("place", "Xuân Phong", "formatProfile", "state-30"));
        assertThat(renamed.status()).as(renamed.detail()).isEqualTo(200);
        assertThat(renamed.json().get("place").asText()).isEqualTo("Xuân Phong");
        assertThat(renamed.json().get("parentCode").asText()).isEqualTo(upper);
        assertThat(renamed.json().get("formatProfile").asText()).isEqualTo("state-30");
    }

    @Test
    void aDeactivatedOrganisationKeepsEverythingAndRefusesEveryChange() {
        String code = code();
        assertThat(platform()
                        .post("/api/platform/organisations", request(code, "ninh-binh", null))
                        .status())
                .isEqualTo(201);
        ApiClient admin = ApiClient.as(port, code + ".qt", ADMIN_PASSWORD);
        assertThat(admin.post("/api/admin/units", Map.of("code", "ubnd", "name", "Chi bộ UBND", "kind", "CHI_BO"))
                        .status())
                .isEqualTo(201);

        ApiClient.Response off = platform().post("/api/platform/organisations/" + code + "/deactivate", Map.of());
        assertThat(off.status()).isEqualTo(200);
        assertThat(off.json().get("active").asBoolean()).isFalse();

        ApiClient.Response refused =
                admin.post("/api/admin/units", Map.of("code", "congan", "name", "Chi bộ Công an", "kind", "CHI_BO"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.detail())
                .isEqualTo("Đảng ủy xã Thử Nghiệm đã ngừng hoạt động: chỉ xem được, không thay đổi được dữ liệu.");
        assertThat(admin.patch("/api/admin/units/ubnd", Map.of("name", "Đổi tên"))
                        .status())
                .isEqualTo(409);
        assertThat(admin.post("/api/notifications/read-all", Map.of()).status()).isEqualTo(409);
        JsonNode units = admin.get("/api/admin/units").json();
        assertThat(codesOf(units)).containsExactlyInAnyOrder("vpdu", "btv", "ubnd");
        assertThat(units.findValuesAsText("name")).contains("Chi bộ UBND");

        assertThat(platform()
                        .post("/api/platform/organisations/" + code + "/activate", Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(admin.post("/api/admin/units", Map.of("code", "congan", "name", "Chi bộ Công an", "kind", "CHI_BO"))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void onlyThePlatformOperatorManagesOrganisationsAndReadsTheEngine() {
        for (String user : List.of("admin", "vanphong", "bithu", "ubnd")) {
            ApiClient client = ApiClient.as(port, user, Scenario.PASSWORD);
            ApiClient.Response list = client.get("/api/platform/organisations");
            assertThat(list.status()).as(user).isEqualTo(403);
            assertThat(list.detail()).isEqualTo("Chỉ người vận hành nền tảng được quản lý các tổ chức.");
            assertThat(client.post("/api/platform/organisations", request(code(), null, null))
                            .status())
                    .as(user)
                    .isEqualTo(403);
            assertThat(client.post("/api/platform/organisations/xuan-giang/deactivate", Map.of())
                            .status())
                    .as(user)
                    .isEqualTo(403);
            assertThat(client.get("/engine-rest/task").status()).as(user).isEqualTo(403);
        }
        assertThat(platform().get("/engine-rest/task").status()).isEqualTo(200);
        // the operator is nobody in an organisation: its data is not theirs
        assertThat(platform().get("/api/reports").status()).isBetween(400, 403);
        assertThat(platform().get("/api/admin/users").status()).isBetween(400, 403);
        assertThat(ApiClient.anonymous(port).get("/api/platform/organisations").status())
                .isEqualTo(401);
        assertThat(platform()
                        .get("/api/platform/organisations/xuan-giang")
                        .json()
                        .get("active")
                        .asBoolean())
                .isTrue();
    }

    private void refuse(Map<String, Object> body, String field, String message) {
        ApiClient.Response response = platform().post("/api/platform/organisations", body);
        assertThat(response.status()).as(field + ": " + response.detail()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).as(response.detail()).contains(field);
        assertThat(response.detail()).contains(message);
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        body.put(key, value);
        return body;
    }

    private static Map<String, String> admin(String username, String password) {
        return Map.of("username", username, "password", password, "fullName", "Ngô Văn Quản");
    }

    private static List<String> codes(JsonNode organisations) {
        return codesOf(organisations);
    }

    private static List<String> codesOf(JsonNode rows) {
        List<String> codes = new ArrayList<>();
        rows.forEach(r -> codes.add(r.get("code").asText()));
        return codes;
    }
}
