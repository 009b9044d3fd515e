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

/** Opening a report binds the template's roles, fills the period into the subject and pins the template version. */
@IntegrationTest
class OpeningWithTemplateIT {

    private static final Map<String, Object> APRIL = Map.of("kind", "MONTH", "year", 2026, "number", 4);

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    TemplateCatalog templates;

    @Test
    void periodFillsTheSubjectAndTheReportKeepsItsTemplateVersion() throws Exception {
        TemplateCommune org = TemplateCommune.create(context, port);
        long id = org.openMonthly(4);

        String preview = org.docxText("/api/reports/" + id + "/preview");
        assertThat(preview)
                .contains("Tình hình, kết quả lãnh đạo, chỉ đạo và tổ chức thực hiện", "tháng 4 năm 2026", "DỰ THẢO")
                .doesNotContain("{period}", "{year}", "{month}");

        String changed = TemplateCommune.bundled("nq57-thang.yml")
                .replace("heading: Công tác cải cách thủ tục hành chính", "heading: Cải cách hành chính (bản mới)");
        ApiClient.Response uploaded = org.office().postRaw("/api/templates", "application/yaml", changed);
        assertThat(uploaded.status()).as(uploaded.detail()).isEqualTo(201);
        assertThat(uploaded.json().get("version").asInt()).isEqualTo(2);

        JsonNode report = org.report(id);
        assertThat(report.get("templateId").asText()).isEqualTo("nq57-thang");
        assertThat(report.get("templateVersion").asInt()).isEqualTo(1);
        JsonNode section =
                org.as("ubnd").get("/api/reports/" + id + "/sections/C.I").json();
        assertThat(section.get("items").get(0).get("heading").asText())
                .contains("Công tác cải cách thủ tục hành chính");

        long next = org.openMonthly(5);
        assertThat(org.report(next).get("templateVersion").asInt()).isEqualTo(2);
        assertThat(org.as("ubnd")
                        .get("/api/reports/" + next + "/sections/C.I")
                        .json()
                        .get("items")
                        .get(0)
                        .get("heading")
                        .asText())
                .contains("Cải cách hành chính (bản mới)");

        JsonNode versions =
                org.office().get("/api/templates/nq57-thang/versions").json();
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("version").asInt()).isEqualTo(2);
        assertThat(org.office()
                        .get("/api/templates/nq57-thang?version=1")
                        .json()
                        .toString())
                .contains("Công tác cải cách thủ tục hành chính");
    }

    @Test
    void unknownRoleOrAUnitThatIsNotAChiBoIsRefusedWithItsField() {
        TemplateCommune org = TemplateCommune.create(context, port);

        ApiClient.Response unknownRole = org.open(
                "nq57-thang",
                APRIL,
                Map.of("ubnd", "ubnd", "congan", "congan", "truong", "truong", "benhvien", "ubnd"));
        assertThat(unknownRole.status()).isEqualTo(422);
        assertThat(fields(unknownRole)).containsExactly("assignments.benhvien");

        ApiClient.Response office =
                org.open("nq57-thang", APRIL, Map.of("ubnd", "vpdu", "congan", "congan", "truong", "truong"));
        assertThat(office.status()).isEqualTo(422);
        assertThat(fields(office)).containsExactly("assignments.ubnd");
        assertThat(office.json().get("errors").get(0).get("message").asText()).contains("vpdu");

        ApiClient.Response missing = org.open("nq57-thang", APRIL, Map.of("ubnd", "ubnd", "congan", "congan"));
        assertThat(fields(missing)).containsExactly("assignments.truong");

        assertThat(org.office().get("/api/reports").json()).isEmpty();
    }

    private static List<String> fields(ApiClient.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }
}
