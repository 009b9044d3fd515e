package vn.dangbo.baocao.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.IntegrationTest;

/** A template of another shape (yearly, no role sections, one indicator table) goes through the whole lifecycle. */
@IntegrationTest
class YearlyTemplateIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void yearlyReportIsIssuedWithItsSubjectAndTable() throws Exception {
        TemplateCommune org = TemplateCommune.create(context, port);
        ApiClient.Response opened = org.open("nq57-nam", Map.of("kind", "YEAR", "year", 2026, "number", 1), Map.of());
        assertThat(opened.status()).as(opened.detail() + " " + opened.json()).isEqualTo(201);
        long id = opened.json().get("id").asLong();
        JsonNode report = org.report(id);
        assertThat(report.get("templateId").asText()).isEqualTo("nq57-nam");
        List<String> units = new ArrayList<>();
        report.get("units").forEach(u -> units.add(u.get("unitCode").asText()));
        assertThat(units).containsExactlyInAnyOrderElementsOf(TemplateCommune.CHI_BO);

        JsonNode task = org.task("congan", id, "CONTRIBUTE", null);
        JsonNode detail =
                org.as("congan").get("/api/tasks/" + task.get("id").asText()).json();
        List<String> sections = new ArrayList<>();
        detail.get("sections").forEach(s -> sections.add(s.get("code").asText()));
        assertThat(sections).containsExactly("III", "VI");

        org.collect(id, TemplateCommune.CHI_BO, Map.of("congan", Map.of("III.1", Map.of("trained_people", "17"))));
        org.writeOffice(
                id,
                "nq57-nam",
                Map.of(
                        "I.3",
                        Map.of(
                                "party_tasks_assigned",
                                "12",
                                "party_tasks_done",
                                "9",
                                "council_tasks_assigned",
                                "8",
                                "council_tasks_done",
                                "8",
                                "committee_tasks_assigned",
                                "20",
                                "committee_tasks_done",
                                "15",
                                "front_tasks_assigned",
                                "4",
                                "front_tasks_done",
                                "1")));
        org.forwardAndApprove(id);

        assertThat(org.report(id).get("number").asText()).isEqualTo("01-BC/" + org.issuerCode);
        String text = org.docxText("/api/reports/" + id + "/document");
        assertThat(text)
                .contains(
                        "năm 2026",
                        "Nghị quyết số 57-NQ/TW của Bộ Chính trị",
                        "Kết quả thực hiện nhiệm vụ theo cơ quan",
                        "Nội dung vanphong I.3",
                        "Nội dung congan III.1");
        assertThat(text).contains("Số cán bộ, đảng viên được đào tạo, tập huấn: 17 người.");
        // items without any figure get no empty figure lines
        assertThat(text).doesNotContain("Tỷ lệ giải ngân");
        // the table: one row per body with its figures and the computed rate
        assertThat(text)
                .containsSubsequence(
                        "Cơ quan",
                        "Nhiệm vụ được giao",
                        "Đã hoàn thành",
                        "Tỷ lệ",
                        "Đảng ủy xã",
                        "12",
                        "9",
                        "75%",
                        "Hội đồng nhân dân xã",
                        "8",
                        "8",
                        "100%",
                        "Ủy ban nhân dân xã",
                        "20",
                        "15",
                        "75%",
                        "Ủy ban MTTQ xã",
                        "4",
                        "1",
                        "25%");
    }
}
