package vn.dangbo.baocao;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/** Steps of the report lifecycle through the REST API, shared by the integration tests. */
public final class Scenario {

    public static final String PASSWORD = "demo";

    private final int port;
    private final String userPrefix;

    public Scenario(int port) {
        this(port, "");
    }

    /** The same steps in another organisation whose users are the demo usernames with a prefix ("t1-vanphong"). */
    public Scenario(int port, String userPrefix) {
        this.port = port;
        this.userPrefix = userPrefix;
    }

    public ApiClient as(String username) {
        return ApiClient.as(port, userPrefix + username, PASSWORD);
    }

    public long openReport(int month) {
        return openReport(2026, month);
    }

    public long openReport(int year, int month) {
        return openReport(year, month, Duration.ofDays(7));
    }

    /**
     * A report due after {@code dueIn}: a short one comes first in the inboxes (earliest deadline first). Tests
     * of the shared demo organisation reuse periods: a period already opened is opened again as a correction.
     */
    public long openReport(int year, int month, Duration dueIn) {
        return openReport(openRequest(year, month, dueIn));
    }

    /** Opens a report from a request body; a period already opened is opened again as a correction. */
    public long openReport(Map<String, Object> body) {
        ApiClient.Response response = as("vanphong").post("/api/reports", body);
        if (response.status() == 409) {
            body.put("correctionReason", "Mở lại kỳ trong kiểm thử.");
            response = as("vanphong").post("/api/reports", body);
        }
        assertThat(response.status()).as(response.detail()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    /** The body of POST /api/reports for a monthly report of the demo outline. */
    public Map<String, Object> openRequest(int year, int month, Duration dueIn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("templateId", "nq57-thang");
        body.put("period", Map.of("kind", "MONTH", "year", year, "number", month));
        body.put("deadline", Instant.now().plus(dueIn).toString());
        body.put("assignments", Map.of("ubnd", "ubnd", "congan", "congan", "truong", "truong"));
        // named, not "every chi bộ": other tests add chi bộ to the shared demo organisation, who would never write
        body.put("participants", List.of("ubnd", "congan", "truong"));
        body.put("recipients", List.of("Ủy ban Kiểm tra Tỉnh ủy,", "Ban Thường vụ Đảng ủy,", "Lưu Văn phòng Đảng ủy."));
        body.put("signerUsername", userPrefix + "bithu");
        return body;
    }

    public JsonNode report(long id) {
        return as("vanphong").get("/api/reports/" + id).json();
    }

    public String unitStatus(long reportId, String unitCode) {
        for (JsonNode unit : report(reportId).get("units")) {
            if (unit.get("unitCode").asText().equals(unitCode)) {
                return unit.get("status").asText();
            }
        }
        throw new AssertionError("no unit " + unitCode);
    }

    /** The open task of a kind for a user in a report (and a unit, for reviews). */
    public JsonNode task(String username, long reportId, String kind, String unitCode) {
        return tasks(username).stream()
                .filter(t -> t.get("reportId").asLong() == reportId
                        && t.get("kind").asText().equals(kind))
                .filter(t ->
                        unitCode == null || unitCode.equals(t.path("unitCode").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " task for " + username));
    }

    public List<JsonNode> tasks(String username) {
        ApiClient.Response response = as(username).get("/api/tasks");
        assertThat(response.status()).isEqualTo(200);
        return StreamSupport.stream(response.json().spliterator(), false).toList();
    }

    /** Writes every item of every section of the user's task, each text naming the unit and the item. */
    public void writeAll(String username, long reportId, String marker) {
        JsonNode task = task(username, reportId, "CONTRIBUTE", null);
        JsonNode detail =
                as(username).get("/api/tasks/" + task.get("id").asText()).json();
        for (JsonNode section : detail.get("sections")) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (JsonNode item : section.get("items")) {
                items.add(Map.of(
                        "code",
                        item.get("code").asText(),
                        "text",
                        marker + " " + item.get("code").asText(),
                        "indicators",
                        Map.of()));
            }
            ApiClient.Response saved = as(username)
                    .put(
                            "/api/reports/" + reportId + "/sections/"
                                    + section.get("code").asText(),
                            Map.of(
                                    "items",
                                    items,
                                    "version",
                                    section.get("version").asInt()));
            assertThat(saved.status()).as(saved.detail() + " " + saved.json()).isEqualTo(200);
        }
    }

    public ApiClient.Response complete(String username, String taskId, String action, String comment) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("action", action);
        if (comment != null) {
            body.put("comment", comment);
        }
        return as(username).post("/api/tasks/" + taskId + "/complete", body);
    }

    public void completeOk(String username, String taskId, String action, String comment) {
        ApiClient.Response response = complete(username, taskId, action, comment);
        assertThat(response.status())
                .as(response.detail() + " " + response.json())
                .isEqualTo(204);
    }

    public void submit(String username, long reportId) {
        completeOk(
                username, task(username, reportId, "CONTRIBUTE", null).get("id").asText(), "SUBMIT", null);
    }

    public void review(long reportId, String unitCode, String action, String comment) {
        completeOk(
                "vanphong",
                task("vanphong", reportId, "REVIEW", unitCode).get("id").asText(),
                action,
                comment);
    }

    /**
     * Runs the report's due engine jobs here, as the job executor would (the join after the last acceptance,
     * issuing), then expects the report in the status.
     */
    public void runJobsAndExpect(long reportId, String status) {
        Jobs.ofEngine().runDueOfReport(reportId);
        assertThat(report(reportId).get("status").asText())
                .as("status of report " + reportId)
                .isEqualTo(status);
    }

    /** Brings a report to consolidation: every unit writes, submits and is accepted. */
    public void collectAll(long reportId) {
        for (String unit : List.of("ubnd", "congan", "truong")) {
            writeAll(unit, reportId, "Nội dung của " + unit);
            submit(unit, reportId);
        }
        for (String unit : List.of("ubnd", "congan", "truong")) {
            review(reportId, unit, "ACCEPT", null);
        }
        runJobsAndExpect(reportId, "CONSOLIDATING");
    }

    /**
     * Brings a report to its signer: every unit's part accepted, the office's sections written and forwarded.
     * Returns the id of the secretary's approval task.
     */
    public String forwardToSigner(long reportId) {
        collectAll(reportId);
        writeOfficeSections(reportId, "Đánh giá của Văn phòng");
        completeOk(
                "vanphong",
                task("vanphong", reportId, "CONSOLIDATE", null).get("id").asText(),
                "FORWARD",
                null);
        return task("bithu", reportId, "APPROVE", null).get("id").asText();
    }

    /** The office forwards the consolidated draft, the secretary approves, the jobs issue it. */
    public void forwardAndIssue(long reportId) {
        completeOk(
                "vanphong",
                task("vanphong", reportId, "CONSOLIDATE", null).get("id").asText(),
                "FORWARD",
                null);
        completeOk("bithu", task("bithu", reportId, "APPROVE", null).get("id").asText(), "APPROVE", null);
        runJobsAndExpect(reportId, "ISSUED");
    }

    /** Opens the month's report and takes it to the secretary, who approves it: issued once its jobs run. */
    public long approve(int month) {
        long id = openReport(month);
        completeOk("bithu", forwardToSigner(id), "APPROVE", null);
        return id;
    }

    /**
     * Writes every item of the office's own sections of the report's template (`owner: office`), each text the
     * marker and the item's code; returns the codes written.
     */
    public List<String> writeOfficeSections(long reportId, String marker) {
        String templateId = as("vanphong")
                .get("/api/reports/" + reportId)
                .json()
                .get("templateId")
                .asText();
        JsonNode template = as("vanphong").get("/api/templates/" + templateId).json();
        List<String> codes = officeSectionCodes(template.get("sections"));
        for (String code : codes) {
            JsonNode section = as("vanphong")
                    .get("/api/reports/" + reportId + "/sections/" + code)
                    .json();
            List<Map<String, Object>> items = new ArrayList<>();
            section.get("items")
                    .forEach(item -> items.add(Map.of(
                            "code",
                            item.get("code").asText(),
                            "text",
                            marker + " " + item.get("code").asText())));
            ApiClient.Response saved = as("vanphong")
                    .put(
                            "/api/reports/" + reportId + "/sections/" + code,
                            Map.of(
                                    "items",
                                    items,
                                    "version",
                                    section.get("version").asInt()));
            assertThat(saved.status()).as(saved.detail()).isEqualTo(200);
        }
        return codes;
    }

    /** The codes of the sections written by the office (with items), in document order. */
    public static List<String> officeSectionCodes(JsonNode sections) {
        List<String> codes = new ArrayList<>();
        for (JsonNode section : sections) {
            if (section.path("items").size() > 0
                    && "OFFICE".equals(section.path("owner").path("kind").asText())) {
                codes.add(section.get("code").asText());
            }
            codes.addAll(officeSectionCodes(section.path("children")));
        }
        return codes;
    }
}
