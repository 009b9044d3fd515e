package vn.dangbo.baocao.round;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangbo.baocao.contribution.UnitTables.project;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;
import vn.dangbo.baocao.TestCommune;
import vn.dangbo.baocao.contribution.UnitTables;
import vn.dangbo.baocao.identity.Organisation;

/**
 * The province's aggregate of a round covers the tables the communes' chi bộ filled: every commune's rows with its
 * name, then the grand total with the rate computed over the sums, on the API and in the workbook.
 */
@IntegrationTest
class RoundUnitTablesIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void theAggregateListsEveryCommunesRowsAndTheGrandTotal() throws Exception {
        TestCommune province = organisation("ĐẢNG BỘ TỈNH NINH BÌNH", "Tỉnh ủy Ninh Bình", "TU", null);
        TestCommune an = organisation("ĐẢNG ỦY XÃ AN", "Đảng ủy xã An", "ĐU", province);
        TestCommune binh = organisation("ĐẢNG ỦY XÃ BÌNH", "Đảng ủy xã Bình", "ĐU", province);
        Scenario p = province.scenario(port);

        Map<String, Object> request = new LinkedHashMap<>();
        request.put("templateId", "du-an");
        request.put("period", Map.of("kind", "MONTH", "year", 2026, "number", 7));
        request.put("basisNumber", "15-CV/TU");
        request.put("basis", "Thực hiện Công văn số 15-CV/TU của Tỉnh ủy về báo cáo tình hình dự án,");
        request.put("deadline", Instant.now().plus(Duration.ofDays(5)).toString());
        ApiClient.Response sent = p.as("vanphong").post("/api/rounds", request);
        assertThat(sent.status()).as(sent.detail()).isEqualTo(201);
        long roundId = sent.json().get("id").asLong();

        issue(
                an,
                roundId,
                Map.of(
                        "ubnd", List.of(project("Đường thôn 3", "1.200.000.000", "4", "3")),
                        "truong", List.of(project("Phòng học bộ môn", "800.000.000", "3", "3"))));
        issue(binh, roundId, Map.of("ubnd", List.of(project("Cầu dân sinh", "500.000.000", "2", "1"))));
        RoundSteps.awaitIncoming(p, 2);

        JsonNode table = p.as("vanphong")
                .get("/api/rounds/" + roundId + "/aggregate")
                .json()
                .get("unitTables")
                .get(0);
        assertThat(table.get("title").asText()).isEqualTo("Danh sách dự án năm 2026");
        assertThat(lines(table.get("header")))
                .containsExactly(
                        "STT",
                        "Đơn vị",
                        "Tên dự án",
                        "Kinh phí (đồng)",
                        "Hạng mục kế hoạch",
                        "Hạng mục hoàn thành",
                        "Tỷ lệ");
        List<List<String>> rows = new ArrayList<>();
        table.get("rows").forEach(r -> rows.add(lines(r)));
        assertThat(rows)
                .containsExactly(
                        List.of("1", "Đảng ủy xã An", "Đường thôn 3", "1.200.000.000", "4", "3", "75%"),
                        List.of("2", "Đảng ủy xã An", "Phòng học bộ môn", "800.000.000", "3", "3", "100%"),
                        List.of("3", "Đảng ủy xã Bình", "Cầu dân sinh", "500.000.000", "2", "1", "50%"),
                        List.of("", "Tổng cộng", "", "2.500.000.000", "9", "7", "77,8%"));

        ApiClient.Response xlsx = p.as("vanphong").get("/api/rounds/" + roundId + "/aggregate.xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet sheet = book.getSheetAt(book.getNumberOfSheets() - 1);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Danh sách dự án năm 2026");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Đảng ủy xã An");
            Row total = sheet.getRow(5);
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(2_500_000_000.0);
            assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(77.8);
        }
    }

    private static List<String> lines(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    /** The commune confirms the request, its chi bộ fill their rows, and the report is issued (and delivered). */
    private void issue(TestCommune commune, long roundId, Map<String, List<Map<String, Object>>> rowsByUnit)
            throws InterruptedException {
        Scenario s = commune.scenario(port);
        RoundSteps.awaitRequest(s, roundId);
        Map<String, Object> confirm = new LinkedHashMap<>();
        confirm.put("signerUsername", commune.user("bithu"));
        confirm.put("assignments", Map.of("truong", "truong"));
        confirm.put("participants", List.of("ubnd", "truong"));
        ApiClient.Response confirmed = s.as("vanphong").post("/api/rounds/requests/" + roundId + "/confirm", confirm);
        assertThat(confirmed.status()).as(confirmed.detail()).isEqualTo(201);
        long reportId = confirmed.json().get("id").asLong();
        for (String unit : List.of("ubnd", "truong")) {
            String taskId = s.task(unit, reportId, "CONTRIBUTE", null).get("id").asText();
            for (JsonNode section :
                    s.as(unit).get("/api/tasks/" + taskId).json().get("sections")) {
                List<Map<String, Object>> items = new ArrayList<>();
                for (JsonNode item : section.get("items")) {
                    String code = item.get("code").asText();
                    items.add(
                            code.equals("B.1")
                                    ? Map.of(
                                            "code",
                                            code,
                                            "text",
                                            "Các dự án của " + unit,
                                            "tables",
                                            Map.of("projects", rowsByUnit.getOrDefault(unit, List.of())))
                                    : Map.of("code", code, "text", "Nội dung " + unit + " " + code));
                }
                ApiClient.Response saved = s.as(unit)
                        .put(
                                "/api/reports/" + reportId + "/sections/"
                                        + section.get("code").asText(),
                                Map.of(
                                        "items",
                                        items,
                                        "version",
                                        section.get("version").asInt()));
                assertThat(saved.status())
                        .as(saved.detail() + " " + saved.json())
                        .isEqualTo(200);
            }
            s.submit(unit, reportId);
        }
        for (String unit : List.of("ubnd", "truong")) {
            s.review(reportId, unit, "ACCEPT", null);
        }
        s.runJobsAndExpect(reportId, "CONSOLIDATING");
        s.writeOfficeSections(reportId, "Đánh giá chung");
        s.forwardAndIssue(reportId);
    }

    private TestCommune organisation(String name, String shortName, String issuer, TestCommune parent) {
        TestCommune created = TestCommune.in(context)
                .shape(new Organisation(
                        0,
                        "x",
                        name,
                        "ĐẢNG BỘ TỈNH NINH BÌNH",
                        "Ninh Bình",
                        issuer,
                        shortName,
                        LocalDate.of(2025, 7, 1)))
                .chiBo("ubnd", "truong")
                .templates(UnitTables.TEMPLATE)
                .create();
        context.getBean(JdbcClient.class)
                .sql("update organisation set parent_id = ? where id = ?")
                .params(
                        parent == null ? null : parent.organisation().id(),
                        created.organisation().id())
                .update();
        return created;
    }
}
