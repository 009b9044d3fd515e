package vn.dangbo.baocao.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.Scenario;
import vn.dangbo.baocao.identity.Organisation;
import vn.dangbo.baocao.identity.Role;
import vn.dangbo.baocao.identity.UnitKind;
import vn.dangbo.baocao.organisation.CamundaIdentitySync;
import vn.dangbo.baocao.organisation.OrganisationRepository;
import vn.dangbo.baocao.template.TemplateCatalog;

/**
 * A commune of its own for a test, so that what the test does to its chain or its register cannot touch the
 * demo organisation's: the demo's units (same codes), users named "<prefix>-<demo name>", password "demo".
 */
final class AuditCommune {

    final long id;
    final String prefix;
    private final Scenario scenario;
    private final int port;

    private AuditCommune(long id, String prefix, int port) {
        this.id = id;
        this.prefix = prefix;
        this.scenario = new Scenario(port);
        this.port = port;
    }

    static AuditCommune create(ApplicationContext context, int port) {
        OrganisationRepository organisations = context.getBean(OrganisationRepository.class);
        String prefix = "a" + UUID.randomUUID().toString().substring(0, 8);
        long org = organisations.insertOrganisation(new Organisation(
                0,
                prefix,
                "ĐẢNG ỦY XÃ THỬ NGHIỆM",
                "ĐẢNG BỘ TỈNH NINH BÌNH",
                "Thử Nghiệm",
                "ĐU",
                "Đảng ủy xã Thử Nghiệm",
                LocalDate.of(2025, 10, 1)));
        long office = organisations.insertUnit(org, "vpdu", "Văn phòng Đảng ủy", UnitKind.OFFICE);
        long leadership = organisations.insertUnit(org, "btv", "Ban Thường vụ Đảng ủy", UnitKind.LEADERSHIP);
        Map<String, Long> chiBo = new LinkedHashMap<>();
        chiBo.put("ubnd", organisations.insertUnit(org, "ubnd", "Chi bộ Ủy ban nhân dân xã", UnitKind.CHI_BO));
        chiBo.put("congan", organisations.insertUnit(org, "congan", "Chi bộ Công an xã", UnitKind.CHI_BO));
        chiBo.put("truong", organisations.insertUnit(org, "truong", "Chi bộ Trường THCS", UnitKind.CHI_BO));
        String hash = context.getBean(PasswordEncoder.class).encode(Scenario.PASSWORD);
        organisations.insertUser(org, prefix + "-admin", hash, "Quản trị thử", office, Set.of(Role.ADMIN), null);
        organisations.insertUser(org, prefix + "-vanphong", hash, "Văn phòng thử", office, Set.of(Role.OFFICE), null);
        organisations.insertUser(
                org, prefix + "-bithu", hash, "Bí thư thử", leadership, Set.of(Role.LEADERSHIP), "BÍ THƯ");
        chiBo.forEach((code, unit) -> organisations.insertUser(
                org, prefix + "-" + code, hash, "Chi bộ " + code, unit, Set.of(Role.UNIT), null));
        try (InputStream in = AuditCommune.class.getResourceAsStream("/templates/nq57-thang.yml")) {
            context.getBean(TemplateCatalog.class)
                    .store(org, prefix + "-admin", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        context.getBean(CamundaIdentitySync.class)
                .sync(organisations.organisation(org).orElseThrow());
        return new AuditCommune(org, prefix, port);
    }

    String user(String demoName) {
        return prefix + "-" + demoName;
    }

    ApiClient as(String demoName) {
        return scenario.as(user(demoName));
    }

    /** The lifecycle steps as this commune's users ("<prefix>-vanphong" for "vanphong"). */
    Scenario scenario() {
        return new Scenario(port, prefix + "-");
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
        JsonNode task = scenario.task(user(unit), reportId, "CONTRIBUTE", null);
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
        JsonNode task = scenario.task(user(user), reportId, kind, unitCode);
        scenario.completeOk(user(user), task.get("id").asText(), action, comment);
    }

    String status(long reportId) {
        return as("vanphong")
                .get("/api/reports/" + reportId)
                .json()
                .get("status")
                .asText();
    }

    void awaitStatus(long reportId, String status) {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until) && !status(reportId).equals(status)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertThat(status(reportId)).isEqualTo(status);
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
