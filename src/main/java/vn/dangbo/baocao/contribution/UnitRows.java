package vn.dangbo.baocao.contribution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.Violation;
import vn.dangbo.baocao.template.CheckResult;
import vn.dangbo.baocao.template.FieldError;
import vn.dangbo.baocao.template.TemplateItem;
import vn.dangbo.baocao.template.TemplateSection;
import vn.dangbo.baocao.template.UnitTable;

/** The rows a unit typed in an item's unit tables, checked cell by cell like figures; empty rows dropped. */
final class UnitRows {

    private UnitRows() {}

    /**
     * The rows as stored (canonical values); unreadable cells and unknown tables or columns go to
     * {@code problems} (the save is refused), broken bounds of computed cells to {@code warnings}.
     */
    static Map<String, List<Map<String, String>>> check(
            TemplateSection section,
            TemplateItem item,
            Map<String, List<Map<String, String>>> typed,
            List<Violation> problems,
            List<Violation> warnings) {
        Map<String, List<Map<String, String>>> out = new LinkedHashMap<>();
        typed.forEach((code, rows) -> {
            UnitTable table = item.unitTable(code).orElse(null);
            if (table == null) {
                problems.add(new Violation(
                        item.code() + "/" + code, Messages.get("error.section.unknownTable", item.code(), code)));
                return;
            }
            List<Map<String, String>> kept = new ArrayList<>();
            int n = 0;
            for (Map<String, String> row : rows) {
                n++;
                String field = item.code() + "/" + code + "[" + n + "]";
                List<String> unknown = row.keySet().stream()
                        .filter(k ->
                                table.columns().stream().noneMatch(c -> c.key().equals(k)))
                        .toList();
                if (!unknown.isEmpty()) {
                    unknown.forEach(k -> problems.add(
                            new Violation(field + "/" + k, Messages.get("template.problem.unknownKey", k))));
                    continue;
                }
                CheckResult check = table.check(row);
                String where = where(table);
                for (FieldError e : check.errors()) {
                    problems.add(new Violation(
                            field + "/" + e.field(), Messages.get("error.section.tableCell", where, n, e.message())));
                }
                for (FieldError e : check.broken()) {
                    warnings.add(new Violation(
                            field + "/" + e.field(), Messages.get("error.section.tableCell", where, n, e.message())));
                }
                Map<String, String> typedOnly = new LinkedHashMap<>(check.normalized());
                table.columns().stream().filter(c -> c.computed()).forEach(c -> typedOnly.remove(c.key()));
                if (typedOnly.values().stream().anyMatch(v -> v != null && !v.isBlank())) {
                    kept.add(typedOnly);
                }
            }
            // a table without rows is left out, so that content without rows reads (and hashes) as before
            if (!kept.isEmpty()) {
                out.put(code, kept);
            }
        });
        return out;
    }

    /** Rows as typed on screen: each row as shown, the total row, and the cells' problems. */
    static TableCheck checkTyped(UnitTable table, List<Map<String, String>> typed) {
        List<Map<String, String>> shown = new ArrayList<>();
        List<Map<String, String>> readable = new ArrayList<>();
        List<TableCheck.CellProblem> problems = new ArrayList<>();
        String where = where(table);
        int n = 0;
        for (Map<String, String> row : typed) {
            n++;
            CheckResult check = table.check(row);
            shown.add(check.display());
            readable.add(check.normalized());
            for (FieldError e : check.errors()) {
                problems.add(new TableCheck.CellProblem(
                        n, e.field(), Messages.get("error.section.tableCell", where, n, e.message()), true));
            }
            for (FieldError e : check.broken()) {
                problems.add(new TableCheck.CellProblem(
                        n, e.field(), Messages.get("error.section.tableCell", where, n, e.message()), false));
            }
        }
        return new TableCheck(shown, table.total(readable), problems);
    }

    /** Stored rows as shown: each row with its computed cells, then the total row. */
    static TableCheck shown(UnitTable table, List<Map<String, String>> stored) {
        List<Map<String, String>> shown =
                stored.stream().map(r -> table.checkStored(r).display()).toList();
        return new TableCheck(shown, table.total(stored), List.of());
    }

    private static String where(UnitTable table) {
        return table.title().isBlank() ? table.code() : table.title();
    }
}
