package vn.dangbo.baocao.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.context.ApplicationContext;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.Scenario;
import vn.dangbo.baocao.TestCommune;

/** The template tests' steps through the REST API, in a {@link TestCommune} of their own that issues reports. */
final class TemplateCommune {

    static final List<String> CHI_BO = TestCommune.CHI_BO;

    final String prefix;
    final String issuerCode;
    final long id;
    /** The text written for an item (by item code) instead of "Nội dung &lt;user&gt; &lt;code&gt;". */
    final Map<String, String> texts = new java.util.HashMap<>();

    private final Scenario scenario;

    private TemplateCommune(TestCommune commune, int port) {
        this.prefix = commune.prefix();
        this.issuerCode = commune.organisation().issuerCode();
        this.id = commune.id();
        this.scenario = commune.scenario(port);
    }

    static TemplateCommune create(ApplicationContext context, int port) {
        return new TemplateCommune(TestCommune.create(context), port);
    }

    static TemplateCommune of(TestCommune commune, int port) {
        return new TemplateCommune(commune, port);
    }

    static String bundled(String file) {
        return TestCommune.bundled(file);
    }

    ApiClient as(String user) {
        return scenario.as(user);
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
        return scenario.task(user, reportId, kind, unitCode);
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
        scenario.runJobsAndExpect(reportId, "CONSOLIDATING");
    }

    /** From consolidation to the issued document: forward, approve, wait for the number. */
    void forwardAndApprove(long reportId) {
        complete("vanphong", reportId, "CONSOLIDATE", null, "FORWARD");
        complete("bithu", reportId, "APPROVE", null, "APPROVE");
        scenario.runJobsAndExpect(reportId, "ISSUED");
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
