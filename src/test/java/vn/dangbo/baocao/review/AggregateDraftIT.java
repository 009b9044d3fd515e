package vn.dangbo.baocao.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;

/**
 * The consolidated draft's summary tables come from the units' figures as finally accepted, through returns by
 * the office and by the signer, and are never typed by the office.
 */
@IntegrationTest
class AggregateDraftIT {

    @LocalServerPort
    int port;

    @Test
    void draftAfterReturnsShowsTaskTotalsComputedFromTheUnitsAcceptedFigures() throws Exception {
        Scenario s = new Scenario(port);
        long id = s.openReport(9);
        write(s, "ubnd", id, Map.of("C.I.2", tasks("tasks", 30, 30)), Map.of("B.1", quanTriet(2, 40, 38)));
        write(
                s,
                "congan",
                id,
                Map.of(
                        "C.II.2",
                        Map.of(
                                "ca_tasks_assigned",
                                12,
                                "ca_tasks_completed",
                                10,
                                "ca_tasks_in_progress",
                                2,
                                "ca_tasks_unfinished",
                                0)),
                Map.of("B.1", quanTriet(1, 25, 25)));
        write(
                s,
                "truong",
                id,
                Map.of(
                        "C.III.2",
                        Map.of(
                                "truong_tasks_assigned",
                                8,
                                "truong_tasks_sector",
                                5,
                                "truong_tasks_commune",
                                3,
                                "truong_tasks_completed",
                                6)),
                Map.of("B.1", quanTriet(1, 15, 14)));
        for (String unit : List.of("ubnd", "congan", "truong")) {
            s.submit(unit, id);
        }

        s.review(id, "ubnd", "RETURN", "Số nhiệm vụ chưa đúng.");
        write(s, "ubnd", id, Map.of("C.I.2", tasks("tasks", 34, 33)), Map.of("B.1", quanTriet(2, 40, 38)));
        s.submit("ubnd", id);
        s.review(id, "ubnd", "RETURN", "Thiếu số nhiệm vụ hoàn thành quá hạn.");
        write(s, "ubnd", id, Map.of("C.I.2", tasks("tasks", 34, 34)), Map.of("B.1", quanTriet(2, 40, 38)));
        s.submit("ubnd", id);
        for (String unit : List.of("ubnd", "congan", "truong")) {
            s.review(id, unit, "ACCEPT", null);
        }
        s.runJobsAndExpect(id, "CONSOLIDATING");
        s.writeOfficeSections(id, "Đánh giá của Văn phòng");
        s.completeOk(
                "vanphong",
                s.task("vanphong", id, "CONSOLIDATE", null).get("id").asText(),
                "FORWARD",
                null);
        s.completeOk("bithu", s.task("bithu", id, "APPROVE", null).get("id").asText(), "RETURN", "Bổ sung đánh giá.");
        assertThat(s.report(id).get("status").asText()).isEqualTo("CONSOLIDATING");

        ApiClient.Response preview = s.as("vanphong").get("/api/reports/" + id + "/preview");
        assertThat(preview.status()).isEqualTo(200);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(preview.bytes()))) {
            assertThat(table(docx, "Số nhiệm vụ được giao"))
                    .containsExactly(
                            List.of(
                                    "Cơ quan, đơn vị",
                                    "Số nhiệm vụ được giao",
                                    "Số nhiệm vụ đã hoàn thành",
                                    "Tỷ lệ hoàn thành"),
                            List.of("Chi bộ Ủy ban nhân dân xã", "34", "34", "100%"),
                            List.of("Chi bộ Công an xã", "12", "10", "83,3%"),
                            List.of("Chi bộ Trường THCS Xuân Vinh", "8", "6", "75%"),
                            List.of("Tổng cộng", "54", "50", "92,6%"));
            assertThat(table(docx, "Số hội nghị quán triệt"))
                    .containsExactly(
                            List.of(
                                    "Chi bộ",
                                    "Số hội nghị quán triệt",
                                    "Tổng số đảng viên",
                                    "Số đảng viên tham gia",
                                    "Tỷ lệ tham gia",
                                    "Số văn bản đã ban hành"),
                            List.of("Chi bộ Ủy ban nhân dân xã", "2", "40", "38", "95%", ""),
                            List.of("Chi bộ Công an xã", "1", "25", "25", "100%", ""),
                            List.of("Chi bộ Trường THCS Xuân Vinh", "1", "15", "14", "93,3%", ""),
                            List.of("Tổng cộng", "4", "80", "77", "96,3%", ""));
        }
    }

    private static Map<String, Object> tasks(String prefix, int assigned, int completed) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(prefix + "_assigned", assigned);
        values.put(prefix + "_central", 0);
        values.put(prefix + "_province", 0);
        values.put(prefix + "_commune", assigned);
        values.put(prefix + "_completed_on_time", completed);
        values.put(prefix + "_completed_late", 0);
        values.put(prefix + "_in_progress", assigned - completed);
        values.put(prefix + "_overdue", 0);
        return values;
    }

    private static Map<String, Object> quanTriet(int conferences, int members, int participants) {
        return Map.of("conferences_held", conferences, "party_members_total", members, "participants", participants);
    }

    /** Writes every item of the unit's task, with the figures given for some items. */
    @SafeVarargs
    private static void write(Scenario s, String unit, long reportId, Map<String, Map<String, Object>>... figures) {
        Map<String, Map<String, Object>> byItem = new LinkedHashMap<>();
        for (Map<String, Map<String, Object>> f : figures) {
            byItem.putAll(f);
        }
        JsonNode task = s.task(unit, reportId, "CONTRIBUTE", null);
        JsonNode detail =
                s.as(unit).get("/api/tasks/" + task.get("id").asText()).json();
        for (JsonNode section : detail.get("sections")) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (JsonNode item : section.get("items")) {
                String code = item.get("code").asText();
                items.add(Map.of(
                        "code", code, "text", "Nội dung " + code, "indicators", byItem.getOrDefault(code, Map.of())));
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
            assertThat(saved.status()).as(saved.detail() + " " + saved.json()).isEqualTo(200);
        }
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
