package vn.dangbo.baocao.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.Scenario;
import vn.dangbo.baocao.TestCommune;

/** The audit tests' steps through the REST API, in a {@link TestCommune} of their own (term from October 2025). */
final class AuditCommune {

    final TestCommune commune;
    final long id;
    private final Scenario scenario;

    private AuditCommune(TestCommune commune, int port) {
        this.commune = commune;
        this.id = commune.id();
        this.scenario = commune.scenario(port);
    }

    static AuditCommune create(ApplicationContext context, int port) {
        return new AuditCommune(
                TestCommune.in(context)
                        .termStart(LocalDate.of(2025, 10, 1))
                        .templates(TestCommune.bundled("nq57-thang.yml"))
                        .create(),
                port);
    }

    String user(String demoName) {
        return commune.user(demoName);
    }

    ApiClient as(String demoName) {
        return scenario.as(demoName);
    }

    /** The lifecycle steps as this commune's users. */
    Scenario scenario() {
        return scenario;
    }

    long openReport(int month) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("templateId", "nq57-thang");
        body.put("period", Map.of("kind", "MONTH", "year", 2026, "number", month));
        body.put("deadline", Instant.now().plus(Duration.ofDays(7)).toString());
        body.put("assignments", Map.of("ubnd", "ubnd", "congan", "congan", "truong", "truong"));
        body.put("recipients", List.of("Ban Thường vụ Đảng ủy,", "Lưu Văn phòng Đảng ủy."));
        body.put("signerUsername", user("bithu"));
        ApiClient.Response response = as("vanphong").post("/api/reports", body);
        assertThat(response.status()).as(response.detail()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    /** Saves every section of the unit's task; answers the codes saved, in order. */
    List<String> writeAll(String unit, long reportId, String marker) {
        JsonNode task = scenario.task(unit, reportId, "CONTRIBUTE", null);
        JsonNode detail = as(unit).get("/api/tasks/" + task.get("id").asText()).json();
        List<String> codes = new ArrayList<>();
        for (JsonNode section : detail.get("sections")) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (JsonNode item : section.get("items")) {
                items.add(Map.of(
                        "code",
                        item.get("code").asText(),
                        "text",
                        marker + "\n" + item.get("code").asText(),
                        "indicators",
                        Map.of()));
            }
            String code = section.get("code").asText();
            ApiClient.Response saved = as(unit).put(
                            "/api/reports/" + reportId + "/sections/" + code,
                            Map.of(
                                    "items",
                                    items,
                                    "version",
                                    section.get("version").asInt()));
            assertThat(saved.status()).as(saved.detail()).isEqualTo(200);
            codes.add(code);
        }
        return codes;
    }

    void complete(String user, long reportId, String kind, String unitCode, String action, String comment) {
        JsonNode task = scenario.task(user, reportId, kind, unitCode);
        scenario.completeOk(user, task.get("id").asText(), action, comment);
    }

    String status(long reportId) {
        return as("vanphong")
                .get("/api/reports/" + reportId)
                .json()
                .get("status")
                .asText();
    }

    void runJobsAndExpect(long reportId, String status) {
        scenario.runJobsAndExpect(reportId, status);
    }

    void cancel(long reportId, String reason) {
        ApiClient.Response response =
                as("vanphong").post("/api/reports/" + reportId + "/cancel", Map.of("reason", reason));
        assertThat(response.status()).as(response.detail()).isEqualTo(204);
    }

    JsonNode verify() {
        ApiClient.Response response = as("admin").get("/api/audit/verify");
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }
}
