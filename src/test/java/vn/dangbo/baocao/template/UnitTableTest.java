package vn.dangbo.baocao.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tables that units fill: rows as typed, computed cells, the total row, and the consolidated table. */
class UnitTableTest {

    private static final String YAML = """
            id: bang
            title: Bảng
            subject: ["Dự án {period}"]
            sections:
              - code: A
                heading: DỰ ÁN
                owner: each
                items:
                  - code: A.1
                    heading: Các dự án
                    unitTables:
                      - code: projects
                        title: "Danh sách dự án năm {year}"
                        merge: %s
                        columns:
                          - {key: name, label: Tên dự án, type: text}
                          - {key: budget, label: Kinh phí, type: money, unit: đồng, sum: true}
                          - {key: planned, label: Hạng mục kế hoạch, sum: true}
                          - {key: done, label: Hạng mục hoàn thành, sum: true}
                          - {key: rate, label: Tỷ lệ, type: percent, formula: done / planned * 100}
            """;

    private static UnitTable table(String merge) {
        ReportTemplate template = TemplateParser.parse(YAML.formatted(merge));
        return template.section("A").orElseThrow().items().get(0).unitTables().get(0);
    }

    private static List<Map<String, String>> rows(UnitTable table, Map<String, String>... typed) {
        return java.util.Arrays.stream(typed)
                .map(r -> table.check(r).normalized())
                .toList();
    }

    @Test
    void aUnitsRowsPrintWithComputedCellsAndATotalRowThatRecomputesTheRate() {
        UnitTable table = table("rows");
        List<Map<String, String>> rows = rows(
                table,
                Map.of("name", "Đường thôn 3", "budget", "1.200.000.000", "planned", "4", "done", "3"),
                Map.of("name", "Nhà văn hóa", "budget", "300.000.000 đồng", "planned", "2", "done", "2"));
        assertThat(table.grid(rows))
                .containsExactly(
                        List.of(
                                "STT",
                                "Tên dự án",
                                "Kinh phí (đồng)",
                                "Hạng mục kế hoạch",
                                "Hạng mục hoàn thành",
                                "Tỷ lệ"),
                        List.of("1", "Đường thôn 3", "1.200.000.000", "4", "3", "75%"),
                        List.of("2", "Nhà văn hóa", "300.000.000", "2", "2", "100%"),
                        List.of("Tổng cộng", "", "1.500.000.000", "6", "5", "83,3%"));
    }

    @Test
    void anUnreadableCellIsAnErrorOfItsColumn() {
        CheckResult check = table("rows").check(Map.of("name", "X", "planned", "bốn"));
        assertThat(check.errors()).extracting(FieldError::field).containsExactly("planned");
    }

    @Test
    void theConsolidatedTableHoldsEveryUnitsRowsOrOneTotalPerUnit() {
        UnitTable rowsTable = table("rows");
        Map<String, List<Map<String, String>>> byUnit = new LinkedHashMap<>();
        byUnit.put("Chi bộ UBND", rows(rowsTable, Map.of("name", "Đường", "planned", "4", "done", "3")));
        byUnit.put(
                "Chi bộ Trường",
                rows(
                        rowsTable,
                        Map.of("name", "Lớp học", "planned", "1", "done", "1"),
                        Map.of("name", "Sân", "planned", "1", "done", "0")));
        List<List<String>> merged = rowsTable.merged(byUnit);
        assertThat(merged).hasSize(5);
        assertThat(merged.get(0)).startsWith("STT", "Đơn vị", "Tên dự án");
        assertThat(merged.get(3)).containsExactly("3", "Chi bộ Trường", "Sân", "", "1", "0", "0%");
        assertThat(merged.get(4)).containsExactly("", "Tổng cộng", "", "", "6", "4", "66,7%");

        List<List<String>> totals = table("totals").merged(byUnit);
        assertThat(totals)
                .containsExactly(
                        totals.get(0),
                        List.of("1", "Chi bộ UBND", "", "", "4", "3", "75%"),
                        List.of("2", "Chi bộ Trường", "", "", "2", "1", "50%"),
                        List.of("", "Tổng cộng", "", "", "6", "4", "66,7%"));
    }

    @Test
    void anUnknownMergeIsRefusedWithItsPath() {
        TemplateException refused =
                org.assertj.core.api.Assertions.catchThrowableOfType(TemplateException.class, () -> table("all"));
        assertThat(refused.problems()).anySatisfy(p -> {
            assertThat(p.path()).endsWith("unitTables[0].merge");
            assertThat(p.message()).contains("\"all\"", "rows", "totals");
        });
    }
}
