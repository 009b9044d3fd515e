package vn.dangbo.baocao.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.IntegrationTest;

/**
 * One report through its whole life in a commune of its own (it issues, so it must not take the demo's
 * numbers): the report's trail holds exactly the steps taken, by whom, for which unit, in order.
 */
@IntegrationTest
class AuditLifecycleIT {

    private static final String RETURN_COMMENT = "=Bổ sung số liệu hồ sơ tháng 7.";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void trailHoldsExactlyTheLifecyclesStepsWithActorsAndUnits() throws Exception {
        AuditCommune org = AuditCommune.create(context, port);
        String vp = org.user("vanphong");
        String bt = org.user("bithu");
        List<String> expected = new ArrayList<>();
        long id = org.openReport(7);
        expected.add("REPORT_OPENED " + vp + " vpdu report:" + id);

        for (String unit : List.of("ubnd", "congan", "truong")) {
            for (String code : org.writeAll(unit, id, "Nội dung của " + unit)) {
                expected.add("SECTION_SAVED " + org.user(unit) + " " + unit + " section:" + code + "/" + unit + "@1");
            }
            org.complete(unit, id, "CONTRIBUTE", null, "SUBMIT", null);
            expected.add("SUBMITTED " + org.user(unit) + " " + unit + " unit:" + unit);
        }
        org.complete("vanphong", id, "REVIEW", "congan", "RETURN", RETURN_COMMENT);
        expected.add("RETURNED " + vp + " vpdu unit:congan");
        List<String> rewritten = org.writeAll("congan", id, "Nội dung đã bổ sung của congan");
        rewritten.forEach(
                code -> expected.add("SECTION_SAVED " + org.user("congan") + " congan section:" + code + "/congan@2"));
        org.complete("congan", id, "CONTRIBUTE", null, "SUBMIT", null);
        expected.add("SUBMITTED " + org.user("congan") + " congan unit:congan");
        for (String unit : List.of("ubnd", "congan", "truong")) {
            org.complete("vanphong", id, "REVIEW", unit, "ACCEPT", null);
            expected.add("ACCEPTED " + vp + " vpdu unit:" + unit);
        }
        org.runJobsAndExpect(id, "CONSOLIDATING");
        for (String code : org.scenario().writeOfficeSections(id, "Đánh giá của Văn phòng")) {
            expected.add("SECTION_SAVED " + vp + " vpdu section:" + code + "/vpdu@1");
        }
        org.complete("vanphong", id, "CONSOLIDATE", null, "FORWARD", null);
        expected.add("FORWARDED " + vp + " vpdu report:" + id);
        org.complete("bithu", id, "APPROVE", null, "RETURN", "Viết lại phần đánh giá chung.");
        expected.add("RETURNED_BY_SIGNER " + bt + " btv report:" + id);
        org.complete("vanphong", id, "CONSOLIDATE", null, "FORWARD", null);
        expected.add("FORWARDED " + vp + " vpdu report:" + id);
        org.complete("bithu", id, "APPROVE", null, "APPROVE", null);
        expected.add("APPROVED " + bt + " btv report:" + id);
        org.runJobsAndExpect(id, "ISSUED");
        expected.add("ISSUED hệ thống null report:" + id);

        JsonNode timeline =
                org.as("vanphong").get("/api/reports/" + id + "/timeline").json();
        List<String> actual = new ArrayList<>();
        timeline.forEach(e -> actual.add(e.get("action").asText() + " "
                + e.get("actor").asText() + " " + e.path("unitCode").asText("null") + " "
                + e.get("target").asText()));
        assertThat(actual).containsExactlyElementsOf(expected);

        JsonNode returned = entry(timeline, "RETURNED");
        assertThat(returned.get("detail").asText()).isEqualTo(RETURN_COMMENT);
        assertThat(returned.get("actionLabel").asText()).isEqualTo("Trả lại đơn vị");
        assertThat(returned.get("actorName").asText()).isEqualTo("Trần Thị Mai");
        assertThat(returned.get("unitName").asText()).isEqualTo("Văn phòng Đảng ủy");
        assertThat(returned.path("clientAddress").isNull())
                .as("addresses are for the administrator")
                .isTrue();
        assertThat(entry(org.as("admin").get("/api/reports/" + id + "/timeline").json(), "RETURNED")
                        .get("clientAddress")
                        .asText())
                .isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        ApiClient.Response document = org.as("vanphong").get("/api/reports/" + id + "/document");
        JsonNode issued = entry(timeline, "ISSUED");
        assertThat(issued.get("detail").asText()).isEqualTo("Số 01-BC/ĐU");
        assertThat(issued.get("contentHash").asText())
                .isEqualTo(
                        document.raw().headers().firstValue("X-Content-SHA256").orElseThrow());
        JsonNode resaved = entry(timeline, "SECTION_SAVED", "congan@2");
        assertThat(resaved.get("version").get("version").asInt()).isEqualTo(2);
        assertThat(resaved.get("contentHash").asText()).hasSize(64);

        assertExportsHoldOneRowPerEntry(org, id, timeline.size());
        assertVersionsCompare(org, id, resaved.get("version").get("sectionCode").asText());
        assertThat(org.verify().get("ok").asBoolean()).isTrue();

        JsonNode first = org.as("admin")
                .get("/api/audit?action=SUBMITTED&unit=congan&size=1")
                .json();
        assertThat(first.get("items")).hasSize(1);
        assertThat(first.get("hasNext").asBoolean()).isTrue();
        long newest = first.get("items").get(0).get("seq").asLong();
        assertThat(first.get("nextBefore").asLong()).isEqualTo(newest);
        JsonNode page = org.as("admin")
                .get("/api/audit?action=SUBMITTED&unit=congan&size=1&page=1&before=" + newest)
                .json();
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("hasNext").asBoolean()).isFalse();
        assertThat(page.get("nextBefore").isNull()).isTrue();
        assertThat(page.get("items").get(0).get("seq").asLong()).isLessThan(newest);
        assertThat(page.get("items").get(0).get("actor").asText()).isEqualTo(org.user("congan"));
        JsonNode byOffset = org.as("admin")
                .get("/api/audit?action=SUBMITTED&unit=congan&size=1&page=1")
                .json();
        assertThat(byOffset.get("items")).isEqualTo(page.get("items"));
        assertThat(org.as("vanphong").get("/api/audit").status()).isEqualTo(403);
    }

    private void assertExportsHoldOneRowPerEntry(AuditCommune org, long id, int entries) throws Exception {
        ApiClient.Response xlsx = org.as("vanphong").get("/api/reports/" + id + "/audit.xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(entries + 1);
            boolean neutralised = false;
            for (int r = 1; r <= entries; r++) {
                String detail = sheet.getRow(r).getCell(8).getStringCellValue();
                assertThat(detail).doesNotStartWith("=");
                neutralised |= detail.equals("'" + RETURN_COMMENT);
            }
            assertThat(neutralised).isTrue();
        }
        ApiClient.Response csv = org.as("vanphong").get("/api/reports/" + id + "/audit.csv");
        assertThat(csv.status()).isEqualTo(200);
        String text = new String(csv.bytes(), StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("\uFEFF")
                .contains(",'" + RETURN_COMMENT + ",")
                .doesNotContain("," + RETURN_COMMENT);
        assertThat(text.split("\r\n")).hasSize(entries + 1);
    }

    private static void assertVersionsCompare(AuditCommune org, long id, String code) {
        String base = "/api/reports/" + id + "/sections/" + code + "/versions";
        JsonNode versions = org.as("vanphong").get(base + "?unit=congan").json();
        assertThat(versions).hasSize(2);
        assertThat(versions.get(1).get("savedBy").asText()).isEqualTo(org.user("congan"));
        JsonNode diff = org.as("vanphong").get(base + "/1/diff/2?unit=congan").json();
        JsonNode firstItem = diff.get("items").get(0);
        assertThat(firstItem.get("changed").asBoolean()).isTrue();
        List<String> lines = new ArrayList<>();
        firstItem
                .get("lines")
                .forEach(l ->
                        lines.add(l.get("kind").asText() + " " + l.get("text").asText()));
        assertThat(lines).startsWith("REMOVED Nội dung của congan", "ADDED Nội dung đã bổ sung của congan");
        assertThat(org.as("ubnd").get(base + "?unit=congan").status()).isEqualTo(403);
        assertThat(org.as("vanphong").get(base + "/1/diff/9?unit=congan").status())
                .isEqualTo(404);
    }

    private static JsonNode entry(JsonNode timeline, String action) {
        return entry(timeline, action, "");
    }

    private static JsonNode entry(JsonNode timeline, String action, String targetEnd) {
        for (JsonNode e : timeline) {
            if (e.get("action").asText().equals(action)
                    && e.get("target").asText().endsWith(targetEnd)) {
                return e;
            }
        }
        throw new AssertionError("no " + action + " " + targetEnd);
    }
}
