package vn.dangbo.baocao.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
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
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.Scenario;
import vn.dangbo.baocao.identity.Organisation;
import vn.dangbo.baocao.identity.Role;
import vn.dangbo.baocao.identity.UnitKind;
import vn.dangbo.baocao.organisation.CamundaIdentitySync;
import vn.dangbo.baocao.organisation.OrganisationRepository;

/**
 * A fresh organisation of its own for a test that issues reports (so the demo organisation's register is left
 * alone): the demo's units, users named "&lt;prefix&gt;vanphong" and so on with the demo password, both templates.
 */
final class TemplateCommune {

    static final List<String> CHI_BO = List.of("ubnd", "congan", "truong");

    final String prefix;
    final String issuerCode;
    final long id;
    /** The text written for an item (by item code) instead of "Nội dung &lt;user&gt; &lt;code&gt;". */
    final Map<String, String> texts = new java.util.HashMap<>();

    private final Scenario scenario;

    private TemplateCommune(String prefix, String issuerCode, long id, Scenario scenario) {
        this.prefix = prefix;
        this.issuerCode = issuerCode;
        this.id = id;
        this.scenario = scenario;
    }

    static TemplateCommune create(
            int port,
            OrganisationRepository organisations,
            PasswordEncoder passwords,
            CamundaIdentitySync identity,
            TemplateCatalog templates,
            String placeName) {
        String prefix = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        return create(
                port,
                organisations,
                passwords,
                identity,
                templates,
                new Organisation(
                        0,
                        prefix,
                        "ĐẢNG ỦY XÃ " + placeName.toUpperCase(),
                        "ĐẢNG BỘ TỈNH NINH BÌNH",
                        placeName,
                        "ĐU" + prefix.substring(1, 4).toUpperCase(),
                        "Đảng ủy xã " + placeName,
                        LocalDate.of(2025, 7, 1)),
                List.of("nq57-thang.yml", "bao-cao-nam.yml"));
    }

    /** An organisation of the given shape (its code is replaced by a fresh prefix) with the given templates. */
    static TemplateCommune create(
            int port,
            OrganisationRepository organisations,
            PasswordEncoder passwords,
            CamundaIdentitySync identity,
            TemplateCatalog templates,
            Organisation shape,
            List<String> files) {
        String prefix = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String issuer = shape.issuerCode();
        long org = organisations.insertOrganisation(new Organisation(
                0,
                prefix,
                shape.name(),
                shape.superiorName(),
                shape.placeName(),
                issuer,
                shape.shortName(),
                shape.termStart()));
        long office = organisations.insertUnit(org, "vpdu", "Văn phòng Đảng ủy", UnitKind.OFFICE);
        long leadership = organisations.insertUnit(org, "btv", "Ban Thường vụ Đảng ủy", UnitKind.LEADERSHIP);
        String hash = passwords.encode(Scenario.PASSWORD);
        organisations.insertUser(
                org, prefix + "vanphong", hash, "Văn phòng " + prefix, office, java.util.Set.of(Role.OFFICE), null);
        organisations.insertUser(
                org, prefix + "bithu", hash, "Nguyễn Văn Ký", leadership, java.util.Set.of(Role.LEADERSHIP), "BÍ THƯ");
        for (String code : CHI_BO) {
            long unit = organisations.insertUnit(org, code, "Chi bộ " + code.toUpperCase(), UnitKind.CHI_BO);
            organisations.insertUser(
                    org, prefix + code, hash, "Người viết " + code, unit, java.util.Set.of(Role.UNIT), null);
        }
        identity.sync(organisations.organisation(org).orElseThrow());
        for (String file : files) {
            templates.store(org, prefix + "vanphong", bundled(file));
        }
        return new TemplateCommune(prefix, issuer, org, new Scenario(port));
    }

    static String bundled(String file) {
        try (InputStream in = TemplateCommune.class.getResourceAsStream("/templates/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    ApiClient as(String user) {
        return scenario.as(prefix + user);
    }

    ApiClient office() {
        return as("vanphong");
    }

    ApiClient.Response open(String templateId, Map<String, Object> period, Map<String, String> assignments) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("templateId", templateId);
        body.put("period", period);
        body.put("deadline", Instant.now().plus(Duration.ofDays(7)).toString());
        body.put("assignments", assignments);
        body.put("signerUsername", prefix + "bithu");
        return office().post("/api/reports", body);
    }

    long openMonthly(int month) {
        return openMonthly(month, null);
    }

    /** A month opened again: a correction of the report of that month, with the office's reason. */
    long openMonthly(int month, String correctionReason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("templateId", "nq57-thang");
        body.put("period", Map.of("kind", "MONTH", "year", 2026, "number", month));
        body.put("deadline", Instant.now().plus(Duration.ofDays(7)).toString());
        body.put("assignments", Map.of("ubnd", "ubnd", "congan", "congan", "truong", "truong"));
        body.put("signerUsername", prefix + "bithu");
        body.put("correctionReason", correctionReason);
        ApiClient.Response response = office().post("/api/reports", body);
        assertThat(response.status())
                .as(response.detail() + " " + response.json())
                .isEqualTo(201);
        return response.json().get("id").asLong();
    }

    JsonNode report(long reportId) {
        ApiClient.Response response = office().get("/api/reports/" + reportId);
        assertThat(response.status()).as(response.detail()).isEqualTo(200);
        return response.json();
    }

    JsonNode task(String user, long reportId, String kind, String unitCode) {
        ApiClient.Response response = as(user).get("/api/tasks");
        assertThat(response.status()).isEqualTo(200);
        return StreamSupport.stream(response.json().spliterator(), false)
                .filter(t -> t.get("reportId").asLong() == reportId
                        && t.get("kind").asText().equals(kind))
                .filter(t ->
                        unitCode == null || unitCode.equals(t.path("unitCode").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " task for " + user));
    }

    void complete(String user, long reportId, String kind, String unitCode, String action) {
        String taskId = task(user, reportId, kind, unitCode).get("id").asText();
        ApiClient.Response response = as(user).post("/api/tasks/" + taskId + "/complete", Map.of("action", action));
        assertThat(response.status())
                .as(response.detail() + " " + response.json())
                .isEqualTo(204);
    }

    /** Writes every item of the unit's task, with indicator values for some items (by item code). */
    void write(String unit, long reportId, Map<String, Map<String, String>> indicators) {
        JsonNode task = task(unit, reportId, "CONTRIBUTE", null);
        JsonNode detail = as(unit).get("/api/tasks/" + task.get("id").asText()).json();
        for (JsonNode section : detail.get("sections")) {
            save(unit, reportId, section, indicators);
        }
    }

    /** Writes every item of the office's own sections (as listed by the template), with some indicator values. */
    void writeOffice(long reportId, String templateId, Map<String, Map<String, String>> indicators) {
        JsonNode template = office().get("/api/templates/" + templateId).json();
        for (String code : Scenario.officeSectionCodes(template.get("sections"))) {
            save(
                    "vanphong",
                    reportId,
                    office().get("/api/reports/" + reportId + "/sections/" + code)
                            .json(),
                    indicators);
        }
    }

    private void save(String user, long reportId, JsonNode section, Map<String, Map<String, String>> indicators) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (JsonNode item : section.get("items")) {
            String code = item.get("code").asText();
            items.add(Map.of(
                    "code",
                    code,
                    "text",
                    texts.getOrDefault(code, "Nội dung " + user + " " + code),
                    "indicators",
                    indicators.getOrDefault(code, Map.of())));
        }
        ApiClient.Response saved = as(user).put(
                        "/api/reports/" + reportId + "/sections/"
                                + section.get("code").asText(),
                        Map.of("items", items, "version", section.get("version").asInt()));
        assertThat(saved.status()).as(saved.detail() + " " + saved.json()).isEqualTo(200);
    }

    /** Every unit of the report writes (with the given figures), submits and is accepted. */
    void collect(long reportId, List<String> units, Map<String, Map<String, Map<String, String>>> figuresByUnit) {
        for (String unit : units) {
            write(unit, reportId, figuresByUnit.getOrDefault(unit, Map.of()));
            complete(unit, reportId, "CONTRIBUTE", null, "SUBMIT");
        }
        for (String unit : units) {
            complete("vanphong", reportId, "REVIEW", unit, "ACCEPT");
        }
        awaitStatus(reportId, "CONSOLIDATING");
    }

    /** From consolidation to the issued document: forward, approve, wait for the number. */
    void forwardAndApprove(long reportId) {
        complete("vanphong", reportId, "CONSOLIDATE", null, "FORWARD");
        complete("bithu", reportId, "APPROVE", null, "APPROVE");
        awaitStatus(reportId, "ISSUED");
    }

    void awaitStatus(long reportId, String status) {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)
                && !report(reportId).get("status").asText().equals(status)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertThat(report(reportId).get("status").asText()).isEqualTo(status);
    }

    String docxText(String path) throws IOException {
        ApiClient.Response document = office().get(path);
        assertThat(document.status()).as(document.detail()).isEqualTo(200);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(document.bytes()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            return extractor.getText();
        }
    }
}
