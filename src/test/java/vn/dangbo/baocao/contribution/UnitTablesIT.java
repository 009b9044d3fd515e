package vn.dangbo.baocao.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangbo.baocao.contribution.UnitTables.project;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;
import vn.dangbo.baocao.TestCommune;

/**
 * Two chi bộ fill a list of projects (3 and 2 rows) and the school writes the one paragraph of the office's part
 * that is its own: the tasks show each unit its items, the office writes the rest, and the draft and the issued
 * document print every row with its chi bộ, the total, and the school's paragraph in its place.
 */
@IntegrationTest
class UnitTablesIT {

    private static final List<String> HEADER = List.of(
            "STT", "Chi bộ", "Tên dự án", "Kinh phí (đồng)", "Hạng mục kế hoạch", "Hạng mục hoàn thành", "Tỷ lệ");
    private static final String UBND = "Chi bộ Ủy ban nhân dân xã";
    private static final String TRUONG = "Chi bộ Trường THCS Xuân Vinh";
    private static final List<List<String>> MERGED = List.of(
            HEADER,
            List.of("1", UBND, "Đường thôn 3", "1.200.000.000", "4", "3", "75%"),
            List.of("2", UBND, "Nhà văn hóa thôn 1", "300.000.000", "2", "2", "100%"),
            List.of("3", UBND, "Kênh mương nội đồng", "450.000.000", "5", "1", "20%"),
            List.of("4", TRUONG, "Phòng học bộ môn", "800.000.000", "3", "3", "100%"),
            List.of("5", TRUONG, "Sân thể thao", "150.000.000", "2", "1", "50%"),
            List.of("", "Tổng cộng", "", "2.900.000.000", "16", "10", "62,5%"));

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void rowsOfTwoUnitsAndTheSchoolsParagraphReachTheDraftAndTheIssuedDocument() throws Exception {
        TestCommune commune = UnitTables.commune(context);
        Scenario s = commune.scenario(port);
        long id = UnitTables.open(s, commune, 5);

        // the chi bộ of the commune committee writes only the list; the school its paragraph of A and the list
        assertThat(codes(task(s, "ubnd", id))).containsExactly("B:[B.1]");
        assertThat(codes(task(s, "truong", id))).containsExactly("A:[A.2]", "B:[B.1]");

        save(
                s,
                "ubnd",
                id,
                "B",
                Map.of(
                        "code",
                        "B.1",
                        "text",
                        "",
                        "tables",
                        Map.of(
                                "projects",
                                List.of(
                                        project("Đường thôn 3", "1.200.000.000", "4", "3"),
                                        project("Nhà văn hóa thôn 1", "300.000.000 đồng", "2", "2"),
                                        project("Kênh mương nội đồng", "450.000.000", "5", "1")))));
        JsonNode list = s.as("ubnd").get("/api/reports/" + id + "/sections/B").json();
        JsonNode table = list.get("items").get(0).get("unitTables").get(0);
        assertThat(table.get("rows")).hasSize(3);
        assertThat(table.get("rows").get(0).get("rate").asText()).isEqualTo("75%");
        assertThat(table.get("total").get("budget").asText()).isEqualTo("1.950.000.000");
        assertThat(table.get("total").get("rate").asText()).isEqualTo("54,5%");

        // an unreadable cell is refused with the table, the row and the reason; nothing is saved
        ApiClient.Response bad = s.as("truong")
                .put(
                        "/api/reports/" + id + "/sections/B",
                        Map.of(
                                "version",
                                0,
                                "items",
                                List.of(Map.of(
                                        "code",
                                        "B.1",
                                        "tables",
                                        Map.of(
                                                "projects",
                                                List.of(
                                                        project("Phòng học bộ môn", "800.000.000", "3", "3"),
                                                        project("Sân thể thao", "một trăm", "2", "1")))))));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().toString()).contains("Danh sách dự án năm 2026, dòng 2: ");

        save(
                s,
                "truong",
                id,
                "B",
                Map.of(
                        "code",
                        "B.1",
                        "text",
                        "",
                        "tables",
                        Map.of(
                                "projects",
                                List.of(
                                        project("Phòng học bộ môn", "800.000.000", "3", "3"),
                                        project("Sân thể thao", "150.000.000", "2", "1")))));
        // the school writes its item of A, not the office's
        ApiClient.Response notYours = s.as("truong")
                .put(
                        "/api/reports/" + id + "/sections/A",
                        Map.of(
                                "version",
                                0,
                                "items",
                                List.of(Map.of("code", "A.1", "text", "Không phải của trường."))));
        assertThat(notYours.status()).isEqualTo(422);
        assertThat(notYours.json().toString()).contains("Mục \\\"A.1\\\" không thuộc phần của " + TRUONG);
        save(s, "truong", id, "A", Map.of("code", "A.2", "text", "Trường đạt chuẩn quốc gia mức độ 2."));
        // the office's items wait for the consolidation
        ApiClient.Response early = s.as("vanphong")
                .put(
                        "/api/reports/" + id + "/sections/A",
                        Map.of("version", 0, "items", List.of(Map.of("code", "A.1", "text", "Sớm."))));
        assertThat(early.status()).isEqualTo(409);

        for (String unit : List.of("ubnd", "truong")) {
            s.submit(unit, id);
        }
        for (String unit : List.of("ubnd", "truong")) {
            s.review(id, unit, "ACCEPT", null);
        }
        s.runJobsAndExpect(id, "CONSOLIDATING");

        JsonNode office =
                s.as("vanphong").get("/api/reports/" + id + "/sections/A").json();
        assertThat(office.get("unitCode").asText()).isEqualTo("vpdu");
        assertThat(itemCodes(office)).containsExactly("A.1", "A.3");
        save(
                s,
                "vanphong",
                id,
                "A",
                Map.of("code", "A.1", "text", "Tình hình chung do Văn phòng viết."),
                Map.of("code", "A.3", "text", "Đánh giá chung do Văn phòng viết."));

        ApiClient.Response preview = s.as("vanphong").get("/api/reports/" + id + "/preview");
        assertThat(preview.status()).isEqualTo(200);
        assertDocument(preview.bytes());

        s.forwardAndIssue(id);
        ApiClient.Response issued = s.as("vanphong").get("/api/reports/" + id + "/document");
        assertThat(issued.status()).isEqualTo(200);
        assertDocument(issued.bytes());
    }

    private static void assertDocument(byte[] bytes) throws Exception {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            assertThat(table(docx, "Tên dự án")).containsExactlyElementsOf(MERGED);
            String text = extractor.getText();
            int general = text.indexOf("Tình hình chung do Văn phòng viết.");
            int school = text.indexOf("Trường đạt chuẩn quốc gia mức độ 2.");
            int assessment = text.indexOf("Đánh giá chung do Văn phòng viết.");
            assertThat(general).isPositive();
            assertThat(school).isGreaterThan(general);
            assertThat(assessment).isGreaterThan(school);
            assertThat(text.substring(general, school)).contains("Giáo dục");
            assertThat(text).contains("Danh sách dự án năm 2026");
        }
    }

    private static JsonNode task(Scenario s, String unit, long id) {
        String taskId = s.task(unit, id, "CONTRIBUTE", null).get("id").asText();
        return s.as(unit).get("/api/tasks/" + taskId).json();
    }

    /** "A:[A.2]" per section of a task. */
    private static List<String> codes(JsonNode task) {
        List<String> out = new ArrayList<>();
        for (JsonNode section : task.get("sections")) {
            out.add(section.get("code").asText() + ":" + itemCodes(section));
        }
        return out;
    }

    private static List<String> itemCodes(JsonNode section) {
        List<String> out = new ArrayList<>();
        section.get("items").forEach(i -> out.add(i.get("code").asText()));
        return out;
    }

    @SafeVarargs
    private static void save(Scenario s, String user, long id, String code, Map<String, Object>... items) {
        int version = s.as(user)
                .get("/api/reports/" + id + "/sections/" + code)
                .json()
                .get("version")
                .asInt();
        ApiClient.Response saved = s.as(user)
                .put("/api/reports/" + id + "/sections/" + code, Map.of("version", version, "items", List.of(items)));
        assertThat(saved.status()).as(saved.detail() + " " + saved.json()).isEqualTo(200);
    }

    private static List<List<String>> table(XWPFDocument docx, String headerCell) {
        for (XWPFTable table : docx.getTables()) {
            List<List<String>> rows = new ArrayList<>();
            for (XWPFTableRow row : table.getRows()) {
                rows.add(row.getTableCells().stream()
                        .map(c -> c.getText().strip())
                        .toList());
            }
            if (!rows.isEmpty() && rows.get(0).contains(headerCell)) {
                return rows;
            }
        }
        throw new AssertionError("no table with " + headerCell);
    }
}
