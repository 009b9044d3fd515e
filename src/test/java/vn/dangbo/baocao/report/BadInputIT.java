package vn.dangbo.baocao.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;

/** Bad input gets the documented status and a Vietnamese message, and nothing is saved half-way. */
@IntegrationTest
class BadInputIT {

    @LocalServerPort
    int port;

    @Test
    void textAboveTheLimitIsRefusedWith413AndNothingIsSaved() {
        Scenario s = new Scenario(port);
        long id = s.openReport(8);
        ApiClient.Response response = s.as("ubnd")
                .put(
                        "/api/reports/" + id + "/sections/C.I",
                        Map.of(
                                "items",
                                List.of(
                                        Map.of("code", "C.I.1", "text", "Đoạn hợp lệ."),
                                        Map.of("code", "C.I.2", "text", "x".repeat(20_001))),
                                "version",
                                0));
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.detail()).contains("quá dài", "20000");
        assertThat(section(s, id).get("version").asInt()).isZero();
    }

    @Test
    void nonNumericValueForANumberIndicatorIsRefusedWith422() {
        Scenario s = new Scenario(port);
        long id = s.openReport(9);
        JsonNode item = firstItemWithIndicator(section(s, id));
        String key = firstInputKey(item);
        ApiClient.Response response = s.as("ubnd")
                .put(
                        "/api/reports/" + id + "/sections/C.I",
                        Map.of(
                                "items",
                                List.of(Map.of(
                                        "code",
                                        item.get("code").asText(),
                                        "text",
                                        "Có số liệu",
                                        "indicators",
                                        Map.of(key, "mười hai"))),
                                "version",
                                0));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").get(0).get("field").asText()).endsWith(key);
        assertThat(response.json().get("errors").get(0).get("message").asText()).contains("số");
        assertThat(section(s, id).get("version").asInt()).isZero();

        ApiClient.Response ok = s.as("ubnd")
                .put(
                        "/api/reports/" + id + "/sections/C.I",
                        Map.of(
                                "items",
                                List.of(Map.of(
                                        "code",
                                        item.get("code").asText(),
                                        "text",
                                        "Có số liệu",
                                        "indicators",
                                        Map.of(key, "1.235"))),
                                "version",
                                0));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(section(s, id).get("items").get(0).get("indicators").get(key).asText())
                .isEqualTo("1235");
    }

    @Test
    void staleVersionIsRefusedWith409AndKeepsTheNewerText() {
        Scenario s = new Scenario(port);
        long id = s.openReport(10);
        ApiClient ubnd = s.as("ubnd");
        assertThat(ubnd.put(
                                "/api/reports/" + id + "/sections/C.I",
                                Map.of("items", List.of(Map.of("code", "C.I.1", "text", "Bản thứ nhất")), "version", 0))
                        .status())
                .isEqualTo(200);
        ApiClient.Response stale = ubnd.put(
                "/api/reports/" + id + "/sections/C.I",
                Map.of("items", List.of(Map.of("code", "C.I.1", "text", "Bản cũ ghi đè")), "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.detail()).contains("phiên bản 1");
        JsonNode current = section(s, id);
        assertThat(current.get("version").asInt()).isEqualTo(1);
        assertThat(current.get("items").get(0).get("text").asText()).isEqualTo("Bản thứ nhất");
    }

    @Test
    void returnWithoutCommentIsRefusedWith422AndTheUnitStaysSubmitted() {
        Scenario s = new Scenario(port);
        long id = s.openReport(11);
        s.writeAll("truong", id, "Nội dung");
        s.submit("truong", id);
        String review = s.task("vanphong", id, "REVIEW", "truong").get("id").asText();
        ApiClient.Response response = s.complete("vanphong", review, "RETURN", "  ");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.detail()).isEqualTo("Khi trả lại phải ghi ý kiến.");
        assertThat(s.unitStatus(id, "truong")).isEqualTo("SUBMITTED");
        assertThat(s.task("vanphong", id, "REVIEW", "truong").get("id").asText())
                .isEqualTo(review);
    }

    @Test
    void submittingIncompleteWorkOrATaskTwiceIsRefused() {
        Scenario s = new Scenario(port);
        long id = s.openReport(12);
        String task = s.task("congan", id, "CONTRIBUTE", null).get("id").asText();
        ApiClient.Response incomplete = s.complete("congan", task, "SUBMIT", null);
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.json().get("errors").size()).isPositive();
        assertThat(incomplete.json().get("errors").get(0).get("message").asText())
                .startsWith("Chưa viết nội dung");

        s.writeAll("congan", id, "Đủ nội dung");
        s.completeOk("congan", task, "SUBMIT", null);
        ApiClient.Response twice = s.complete("congan", task, "SUBMIT", null);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.detail()).isEqualTo("Công việc này đã được hoàn thành.");
    }

    @Test
    void openingWithAPastDeadlineListsTheProblem() {
        ApiClient.Response response = new Scenario(port)
                .as("vanphong")
                .post(
                        "/api/reports",
                        Map.of(
                                "templateId",
                                "nq57-thang",
                                "period",
                                Map.of("kind", "MONTH", "year", 2026, "number", 13),
                                "deadline",
                                Instant.now().minusSeconds(60).toString(),
                                "signerUsername",
                                "bithu"));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").findValuesAsText("field")).contains("period", "deadline");
        assertThat(new Scenario(port).as("ubnd").post("/api/reports", Map.of()).status())
                .isEqualTo(403);
    }

    private static JsonNode section(Scenario s, long id) {
        return s.as("ubnd").get("/api/reports/" + id + "/sections/C.I").json();
    }

    private static JsonNode firstItemWithIndicator(JsonNode section) {
        for (JsonNode item : section.get("items")) {
            for (JsonNode indicator : item.get("indicatorDefinitions")) {
                if (!indicator.get("computed").asBoolean()
                        && !indicator.get("type").asText().equals("TEXT")) {
                    return item;
                }
            }
        }
        throw new AssertionError("no item with a numeric indicator in C.I");
    }

    private static String firstInputKey(JsonNode item) {
        for (JsonNode indicator : item.get("indicatorDefinitions")) {
            if (!indicator.get("computed").asBoolean()
                    && !indicator.get("type").asText().equals("TEXT")) {
                return indicator.get("key").asText();
            }
        }
        throw new AssertionError();
    }
}
