package vn.dangbo.baocao.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;

/** One report through its whole life, through the REST API, with the demo organisation's users. */
@IntegrationTest
class LifecycleIT {

    @LocalServerPort
    int port;

    @Test
    void reportTravelsFromOpeningToIssuedDocument() throws Exception {
        Scenario s = new Scenario(port);
        long id = s.openReport(4);
        assertThat(s.report(id).get("status").asText()).isEqualTo("COLLECTING");
        assertThat(s.unitStatus(id, "ubnd")).isEqualTo("NOT_STARTED");

        for (String unit : List.of("ubnd", "congan", "truong")) {
            s.writeAll(unit, id, "Nội dung của " + unit);
            assertThat(s.unitStatus(id, unit)).isEqualTo("DRAFTING");
            s.submit(unit, id);
            assertThat(s.unitStatus(id, unit)).isEqualTo("SUBMITTED");
        }
        assertThat(s.tasks("vanphong").stream().filter(t -> t.get("reportId").asLong() == id))
                .hasSize(3);

        s.review(id, "congan", "RETURN", "Bổ sung số liệu hồ sơ tháng 4.");
        assertThat(s.unitStatus(id, "congan")).isEqualTo("RETURNED");
        JsonNode returned = s.task("congan", id, "CONTRIBUTE", null);
        JsonNode detail =
                s.as("congan").get("/api/tasks/" + returned.get("id").asText()).json();
        assertThat(detail.get("lastComment").get("body").asText()).isEqualTo("Bổ sung số liệu hồ sơ tháng 4.");
        s.writeAll("congan", id, "Nội dung đã bổ sung của congan");
        s.submit("congan", id);

        for (String unit : List.of("ubnd", "congan", "truong")) {
            s.review(id, unit, "ACCEPT", null);
            assertThat(s.unitStatus(id, unit)).isEqualTo("ACCEPTED");
        }
        s.runJobsAndExpect(id, "CONSOLIDATING");

        s.writeOfficeSections(id, "Đánh giá của Văn phòng");
        s.completeOk(
                "vanphong",
                s.task("vanphong", id, "CONSOLIDATE", null).get("id").asText(),
                "FORWARD",
                null);
        assertThat(s.report(id).get("status").asText()).isEqualTo("AWAITING_APPROVAL");

        s.completeOk(
                "bithu",
                s.task("bithu", id, "APPROVE", null).get("id").asText(),
                "RETURN",
                "Viết lại phần đánh giá chung cho ngắn gọn.");
        assertThat(s.report(id).get("status").asText()).isEqualTo("CONSOLIDATING");
        JsonNode consolidate = s.task("vanphong", id, "CONSOLIDATE", null);
        assertThat(s.as("vanphong")
                        .get("/api/tasks/" + consolidate.get("id").asText())
                        .json()
                        .get("lastComment")
                        .get("body")
                        .asText())
                .isEqualTo("Viết lại phần đánh giá chung cho ngắn gọn.");
        s.completeOk("vanphong", consolidate.get("id").asText(), "FORWARD", null);

        s.completeOk("bithu", s.task("bithu", id, "APPROVE", null).get("id").asText(), "APPROVE", null);
        s.runJobsAndExpect(id, "ISSUED");
        assertThat(s.report(id).get("number").asText()).isEqualTo("01-BC/ĐU");

        JsonNode register = s.as("vanphong").get("/api/register").json();
        assertThat(StreamSupport.stream(register.spliterator(), false)
                        .map(r -> r.get("symbol").asText()))
                .contains("01-BC/ĐU");

        ApiClient.Response document = s.as("vanphong").get("/api/reports/" + id + "/document");
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.raw().headers().firstValue("Content-Disposition").orElse(""))
                .contains("01-BC-DU-");
        String text;
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(document.bytes()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            text = extractor.getText();
        }
        assertThat(text)
                .contains(
                        "Số 01-BC/ĐU",
                        "ĐẢNG ỦY XÃ XUÂN HƯNG",
                        "ĐẢNG CỘNG SẢN VIỆT NAM",
                        "Xuân Hưng, ngày",
                        "Phạm Văn Thắng",
                        "T/M BAN THƯỜNG VỤ",
                        "BÍ THƯ");
        int ubnd = text.indexOf("Nội dung của ubnd C.I");
        int congan = text.indexOf("Nội dung đã bổ sung của congan C.II");
        int truong = text.indexOf("Nội dung của truong C.III");
        assertThat(ubnd).isPositive();
        assertThat(congan).isGreaterThan(ubnd);
        assertThat(truong).isGreaterThan(congan);
        assertThat(text).doesNotContain("Nội dung của congan C.II");

        assertThat(auditTrail(s, id))
                .containsSubsequence(
                        "REPORT_OPENED vanphong vpdu",
                        "SUBMITTED ubnd ubnd",
                        "SUBMITTED congan congan",
                        "SUBMITTED truong truong",
                        "RETURNED vanphong vpdu",
                        "SUBMITTED congan congan",
                        "ACCEPTED vanphong vpdu",
                        "ACCEPTED vanphong vpdu",
                        "ACCEPTED vanphong vpdu",
                        "FORWARDED vanphong vpdu",
                        "RETURNED_BY_SIGNER bithu btv",
                        "FORWARDED vanphong vpdu",
                        "APPROVED bithu btv",
                        "ISSUED hệ thống null");
        ApiClient.Response verify = s.as("admin").get("/api/audit/verify");
        assertThat(verify.json().get("ok").asBoolean()).isTrue();
    }

    private static List<String> auditTrail(Scenario s, long id) {
        JsonNode entries = s.as("vanphong").get("/api/reports/" + id + "/audit").json();
        List<String> lines = new ArrayList<>();
        for (JsonNode e : entries) {
            if (!e.get("action").asText().equals("SECTION_SAVED")) {
                lines.add(e.get("action").asText() + " " + e.get("actor").asText() + " "
                        + e.get("unitCode").asText());
            }
        }
        return lines;
    }
}
