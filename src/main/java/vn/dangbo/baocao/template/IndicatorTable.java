package vn.dangbo.baocao.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A table of indicators shown in the document: a label per row, a label per column, an indicator key per
 * cell (null for an empty cell). Cells may name any indicator of the template.
 *
 * @param rowHeader the heading of the first column (the row labels), e.g. "Cơ quan, đơn vị"
 */
public record IndicatorTable(String code, String title, String rowHeader, List<String> columns, List<Row> rows) {

    public IndicatorTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public record Row(String label, List<String> cells) {

        public Row {
            cells = java.util.Collections.unmodifiableList(new ArrayList<>(cells));
        }
    }

    /** The table as text, header row first, each cell the display value of its key ("" when none). */
    public List<List<String>> grid(Map<String, String> display) {
        List<List<String>> out = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add(rowHeader == null ? "" : rowHeader);
        header.addAll(columns);
        out.add(List.copyOf(header));
        for (Row row : rows) {
            List<String> line = new ArrayList<>();
            line.add(row.label());
            for (String key : row.cells()) {
                line.add(key == null ? "" : display.getOrDefault(key, ""));
            }
            out.add(List.copyOf(line));
        }
        return List.copyOf(out);
    }

    public List<String> keys() {
        return rows.stream()
                .flatMap(r -> r.cells().stream())
                .filter(k -> k != null && !k.isBlank())
                .toList();
    }
}
