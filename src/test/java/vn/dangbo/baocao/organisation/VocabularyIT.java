package vn.dangbo.baocao.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;
import vn.dangbo.baocao.TestCommune;

/**
 * A People's Committee set up by its administrator speaks of phòng, ban and Văn phòng HĐND và UBND to its users
 * and signs "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" with a template that declares no signature; a Party committee in the
 * same installation is unchanged.
 */
@IntegrationTest
class VocabularyIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void peoplesCommitteeSpeaksAndSignsInItsOwnWords() throws Exception {
        TestCommune pc = TestCommune.in(context).create();
        TestCommune party = TestCommune.in(context).create();
        Scenario s = pc.scenario(port);
        ApiClient admin = s.as("admin");

        JsonNode defaults = admin.get("/api/admin/vocabulary").json();
        assertThat(defaults.get("kind").asText()).isEqualTo("PARTY_COMMITTEE");
        assertThat(defaults.get("unit").asText()).isEqualTo("chi bộ");
        assertThat(s.as("ubnd").get("/api/admin/vocabulary").status()).isEqualTo(403);

        ApiClient.Response inUse = admin.put("/api/admin/vocabulary", Map.of("kind", "PEOPLES_COMMITTEE"));
        assertThat(inUse.status()).isEqualTo(422);
        assertThat(inUse.json().get("errors").get(0).get("field").asText()).isEqualTo("positions");
        assertThat(inUse.detail()).contains("BÍ THƯ", pc.user("bithu"));

        assertThat(admin.patch("/api/admin/users/" + pc.user("bithu"), Map.of("position", ""))
                        .status())
                .isEqualTo(200);
        ApiClient.Response badAuthority =
                admin.put("/api/admin/vocabulary", Map.of("kind", "PEOPLES_COMMITTEE", "authority", "ỦY BAN NHÂN DÂN"));
        assertThat(badAuthority.status()).isEqualTo(422);
        assertThat(badAuthority.detail()).contains("TM., KT., TL., TUQ. hoặc Q.");
        ApiClient.Response saved = admin.put(
                "/api/admin/vocabulary", Map.of("kind", "PEOPLES_COMMITTEE", "authority", "tm. ủy ban nhân dân"));
        assertThat(saved.status()).as(saved.detail()).isEqualTo(200);
        assertThat(saved.json().get("unit").asText()).isEqualTo("phòng, ban");
        assertThat(saved.json().get("authority").asText()).isEqualTo("TM. ỦY BAN NHÂN DÂN");
        assertThat(admin.get("/api/admin/vocabulary").json().get("office").asText())
                .isEqualTo("Văn phòng HĐND và UBND");

        ApiClient.Response partyTitle =
                admin.patch("/api/admin/users/" + pc.user("bithu"), Map.of("position", "BÍ THƯ"));
        assertThat(partyTitle.status()).isEqualTo(422);
        assertThat(partyTitle.detail()).contains("CHỦ TỊCH hoặc PHÓ CHỦ TỊCH");
        assertThat(admin.patch("/api/admin/users/" + pc.user("bithu"), Map.of("position", "CHỦ TỊCH"))
                        .status())
                .isEqualTo(200);
        assertThat(jdbc.sql("select detail from audit_entry where organisation_id = ? and target = ?")
                        .params(pc.id(), "organisation:" + pc.organisation().code())
                        .query(String.class)
                        .list())
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("loại tổ chức Ủy ban nhân dân", "đơn vị gọi là \"phòng, ban\"", "TM. ỦY BAN NHÂN DÂN");

        assertThat(s.as("ubnd")
                        .postRaw("/api/templates", "application/yaml", "id: x")
                        .detail())
                .isEqualTo("Chỉ quản trị hoặc Văn phòng HĐND và UBND được tải lên mẫu báo cáo.");
        assertThat(party.scenario(port)
                        .as("ubnd")
                        .postRaw("/api/templates", "application/yaml", "id: x")
                        .detail())
                .isEqualTo("Chỉ quản trị hoặc Văn phòng Đảng ủy được tải lên mẫu báo cáo.");

        String pcDocument = issueWithOneReturn(s);
        String partyDocument = issueWithOneReturn(party.scenario(port));

        assertThat(notices(s)).anyMatch(t -> t.contains("của phòng, ban đã bị trả lại để sửa"));
        assertThat(notices(party.scenario(port))).anyMatch(t -> t.contains("của chi bộ đã bị trả lại để sửa"));
        assertThat(pcDocument).contains("TM. ỦY BAN NHÂN DÂN\tCHỦ TỊCH").doesNotContain("T/M BAN THƯỜNG VỤ");
        assertThat(partyDocument).contains("T/M BAN THƯỜNG VỤ\tBÍ THƯ").doesNotContain("TM. ỦY BAN NHÂN DÂN");
    }

    private static List<String> notices(Scenario s) {
        JsonNode all = s.as("ubnd").get("/api/notifications").json();
        return all.findValuesAsText("text");
    }

    /** The bundled monthly template (no signature of its own): one part returned once, then issued. */
    private static String issueWithOneReturn(Scenario s) throws Exception {
        long id = s.openReport(5);
        s.writeAll("ubnd", id, "Bản đầu");
        s.submit("ubnd", id);
        s.review(id, "ubnd", "RETURN", "Bổ sung số liệu.");
        s.collectAll(id);
        s.writeOfficeSections(id, "Đánh giá của Văn phòng");
        s.forwardAndIssue(id);
        byte[] docx = s.as("vanphong").get("/api/reports/" + id + "/document").bytes();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }
}
