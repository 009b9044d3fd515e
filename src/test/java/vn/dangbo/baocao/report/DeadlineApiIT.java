package vn.dangbo.baocao.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;

/** The office follows up a report through the API: deadlines, reassignment, the board, the bell. */
@IntegrationTest
class DeadlineApiIT {

    @LocalServerPort
    int port;

    @Test
    void officeExtendsOneUnitsDeadlineAndTheUnitIsNotifiedAndTheBoardShowsIt() {
        Scenario s = new Scenario(port);
        long id = s.openReport(10);
        Instant later = Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.SECONDS);

        ApiClient.Response past = s.as("vanphong")
                .post(
                        "/api/reports/" + id + "/deadline",
                        Map.of(
                                "unitCode",
                                "congan",
                                "deadline",
                                Instant.now().minusSeconds(60).toString()));
        assertThat(past.status()).isEqualTo(422);
        assertThat(past.json().get("errors").findValuesAsText("field")).contains("deadline");
        assertThat(s.as("congan")
                        .post("/api/reports/" + id + "/deadline", Map.of("deadline", later.toString()))
                        .status())
                .isEqualTo(403);

        long unreadBefore = s.as("congan")
                .get("/api/notifications/unread-count")
                .json()
                .get("unread")
                .asLong();
        assertThat(s.as("vanphong")
                        .post(
                                "/api/reports/" + id + "/deadline",
                                Map.of("unitCode", "congan", "deadline", later.toString()))
                        .status())
                .isEqualTo(204);

        JsonNode board = s.as("vanphong").get("/api/reports/" + id + "/board").json();
        JsonNode congan = unit(board, "congan");
        assertThat(Instant.parse(congan.get("dueAt").asText())).isEqualTo(later);
        assertThat(congan.get("daysLeft").asLong()).isBetween(19L, 20L);
        assertThat(unit(board, "ubnd").get("daysLeft").asLong()).isBetween(6L, 7L);
        assertThat(s.task("congan", id, "CONTRIBUTE", null).get("due").asText()).isNotBlank();
        assertThat(Instant.parse(
                        s.task("congan", id, "CONTRIBUTE", null).get("due").asText()))
                .isEqualTo(later);
        assertThat(s.as("ubnd").get("/api/reports/" + id + "/board").status()).isEqualTo(403);

        assertThat(s.as("congan")
                        .get("/api/notifications/unread-count")
                        .json()
                        .get("unread")
                        .asLong())
                .isEqualTo(unreadBefore + 1);
        JsonNode notice = StreamSupport.stream(
                        s.as("congan").get("/api/notifications").json().spliterator(), false)
                .filter(n -> n.get("reportId").asLong() == id)
                .findFirst()
                .orElseThrow();
        assertThat(notice.get("kind").asText()).isEqualTo("DEADLINE_CHANGED");
        assertThat(s.as("ubnd")
                        .post("/api/notifications/" + notice.get("id").asLong() + "/read", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(s.as("congan")
                        .post("/api/notifications/" + notice.get("id").asLong() + "/read", Map.of())
                        .status())
                .isEqualTo(204);
        assertThat(s.as("congan")
                        .get("/api/notifications/unread-count")
                        .json()
                        .get("unread")
                        .asLong())
                .isEqualTo(unreadBefore);
    }

    @Test
    void officeGivesTheSchoolSectionToAnotherUnitThatThenWritesIt() {
        Scenario s = new Scenario(port);
        long id = s.openReport(11);
        assertThat(s.as("vanphong")
                        .post("/api/reports/" + id + "/reassign", Map.of("roleKey", "khong-co", "unitCode", "congan"))
                        .status())
                .isEqualTo(422);
        assertThat(s.as("vanphong")
                        .post("/api/reports/" + id + "/reassign", Map.of("roleKey", "truong", "unitCode", "congan"))
                        .status())
                .isEqualTo(204);

        JsonNode units = s.report(id).get("units");
        assertThat(roles(units, "congan")).containsExactlyInAnyOrder("congan", "truong");
        assertThat(roles(units, "truong")).isEmpty();
        JsonNode detail = s.as("congan")
                .get("/api/tasks/"
                        + s.task("congan", id, "CONTRIBUTE", null).get("id").asText())
                .json();
        assertThat(detail.get("sections").findValuesAsText("code")).contains("C.II", "C.III");
        assertThat(s.as("truong")
                        .put("/api/reports/" + id + "/sections/C.III", Map.of("items", List.of(), "version", 0))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aReportSignedForTheWholeCommitteeSaysSoInTheDraft() throws Exception {
        Scenario s = new Scenario(port);
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("templateId", "nq57-thang");
        body.put("period", Map.of("kind", "MONTH", "year", 2025, "number", 12));
        body.put("deadline", Instant.now().plus(Duration.ofDays(7)).toString());
        body.put("assignments", Map.of("ubnd", "ubnd", "congan", "congan", "truong", "truong"));
        body.put("signerUsername", "phobithu");
        body.put("authority", "COMMITTEE");
        long id = s.openReport(body);

        ApiClient.Response preview = s.as("vanphong").get("/api/reports/" + id + "/preview");
        String text;
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(preview.bytes()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            text = extractor.getText();
        }
        assertThat(text)
                .contains("T/M ĐẢNG ỦY", "PHÓ BÍ THƯ", "Bùi Thị Hồng Chiên")
                .doesNotContain("T/M BAN THƯỜNG VỤ");
    }

    private static JsonNode unit(JsonNode board, String code) {
        return StreamSupport.stream(board.get("units").spliterator(), false)
                .filter(u -> u.get("unitCode").asText().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> roles(JsonNode units, String code) {
        return StreamSupport.stream(units.spliterator(), false)
                .filter(u -> u.get("unitCode").asText().equals(code))
                .flatMap(u -> StreamSupport.stream(u.get("roles").spliterator(), false))
                .map(JsonNode::asText)
                .toList();
    }
}
