package vn.dangbo.baocao.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;
import vn.dangbo.baocao.TestCommune;

/**
 * Autosave is a draft, not history: typing updates one draft row of the unit's part (no version, no audit
 * entry); an explicit save and the submission make a version with an audit entry that names the section.
 */
@IntegrationTest
class AutosaveDraftIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private static Map<String, Object> body(String text, int version) {
        return Map.of(
                "version", version, "items", List.of(Map.of("code", "E.main", "text", text, "indicators", Map.of())));
    }

    @Test
    void typingKeepsOneDraftWithoutVersionsAndTheExplicitSaveMakesOneVersion() {
        Scenario s = new Scenario(port, TestCommune.create(context).prefix());
        long id = s.openReport(2026, 9);
        ApiClient ubnd = s.as("ubnd");
        String section = "/api/reports/" + id + "/sections/E";
        int auditBefore = sectionSaves(s, id).size();

        for (String text : List.of("Tiếp", "Tiếp tục", "Tiếp tục đẩy mạnh dịch vụ công trực tuyến.")) {
            ApiClient.Response typed = ubnd.put(section + "/draft", body(text, 0));
            assertThat(typed.status()).as(typed.detail()).isEqualTo(200);
        }

        JsonNode own = ubnd.get(section).json();
        assertThat(own.get("version").asInt()).isZero();
        assertThat(own.get("draft").asBoolean()).isTrue();
        assertThat(own.get("items").get(0).get("text").asText())
                .isEqualTo("Tiếp tục đẩy mạnh dịch vụ công trực tuyến.");
        JsonNode office = s.as("vanphong").get(section + "?unit=ubnd").json();
        assertThat(office.get("draft").asBoolean()).isFalse();
        assertThat(office.get("items").get(0).get("text").asText()).isEmpty();
        assertThat(sectionSaves(s, id)).hasSize(auditBefore);
        assertThat(s.unitStatus(id, "ubnd")).isEqualTo("DRAFTING");

        ApiClient.Response saved = ubnd.put(section, body("Tiếp tục đẩy mạnh dịch vụ công trực tuyến.", 0));
        assertThat(saved.json().get("version").asInt()).isEqualTo(1);
        assertThat(ubnd.get(section).json().get("draft").asBoolean()).isFalse();
        List<JsonNode> saves = sectionSaves(s, id);
        assertThat(saves).hasSize(auditBefore + 1);
        assertThat(saves.get(saves.size() - 1).get("detail").asText())
                .isEqualTo("Phần E. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI của Chi bộ Ủy ban nhân dân xã, phiên bản 1");

        ApiClient.Response stale = ubnd.put(section + "/draft", body("Bản cũ", 0));
        assertThat(stale.status()).isEqualTo(409);
    }

    @Test
    void submittingTurnsTheDraftsIntoVersionsInTheSameAction() {
        Scenario s = new Scenario(port, TestCommune.create(context).prefix());
        long id = s.openReport(2026, 10);
        s.writeAll("ubnd", id, "Bản đầu");
        String section = "/api/reports/" + id + "/sections/E";
        assertThat(s.as("ubnd")
                        .put(section + "/draft", body("Bản sửa trước khi nộp.", 1))
                        .status())
                .isEqualTo(200);

        s.submit("ubnd", id);

        JsonNode office = s.as("vanphong").get(section + "?unit=ubnd").json();
        assertThat(office.get("version").asInt()).isEqualTo(2);
        assertThat(office.get("items").get(0).get("text").asText()).isEqualTo("Bản sửa trước khi nộp.");
        List<JsonNode> saves = sectionSaves(s, id);
        assertThat(saves.get(saves.size() - 1).get("target").asText()).endsWith("E/ubnd@2");
    }

    @Test
    void theOfficeConsolidatingAutosavesItsOwnPartsAsDraftsToo() {
        Scenario s = new Scenario(port, TestCommune.create(context).prefix());
        long id = s.openReport(2026, 11);
        s.collectAll(id);
        // the office's condensed version of a section every chi bộ writes
        String section = "/api/reports/" + id + "/sections/E";
        JsonNode before = s.as("vanphong").get(section).json();
        String item = before.get("items").get(0).get("code").asText();
        int saves = sectionSaves(s, id).size();

        ApiClient.Response typed = s.as("vanphong")
                .put(
                        section + "/draft",
                        Map.of(
                                "version",
                                before.get("version").asInt(),
                                "items",
                                List.of(Map.of("code", item, "text", "Đánh giá đang viết."))));

        assertThat(typed.status()).as(typed.detail()).isEqualTo(200);
        JsonNode after = s.as("vanphong").get(section).json();
        assertThat(after.get("draft").asBoolean()).isTrue();
        assertThat(after.get("items").get(0).get("text").asText()).isEqualTo("Đánh giá đang viết.");
        assertThat(sectionSaves(s, id)).hasSize(saves);
    }

    private static List<JsonNode> sectionSaves(Scenario s, long id) {
        return StreamSupport.stream(
                        s.as("vanphong")
                                .get("/api/reports/" + id + "/timeline")
                                .json()
                                .spliterator(),
                        false)
                .filter(e -> e.get("action").asText().equals("SECTION_SAVED"))
                .toList();
    }
}
