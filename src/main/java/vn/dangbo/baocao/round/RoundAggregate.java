package vn.dangbo.baocao.round;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.template.Expression;
import vn.dangbo.baocao.template.ReportTemplate;
import vn.dangbo.baocao.template.TemplateAggregate;
import vn.dangbo.baocao.template.TemplateItem;
import vn.dangbo.baocao.template.UnitTable;
import vn.dangbo.baocao.template.VietnameseNumbers;

/**
 * The province-wide aggregate of a round: for each summary table of the template a row per child organisation
 * and a total row, where counts are added and rates recomputed from the totals (never averaged).
 *
 * @param totals every figure added up over the children, by indicator key (the superior's starting figures)
 * @param unitTables the tables the children's units filled, across the children (see {@link RowsTable})
 */
public record RoundAggregate(List<Table> tables, Map<String, BigDecimal> totals, List<RowsTable> unitTables) {

    public record Table(String code, String title, List<Column> columns, List<Row> rows) {}

    public record Column(String name, String label, boolean percent) {}

    /** A line of a table; {@code values} by column name, absent where nothing was reported. */
    public record Row(String label, boolean total, Map<String, BigDecimal> values) {

        public String cell(Column column) {
            BigDecimal value = values.get(column.name());
            if (value == null) {
                return "";
            }
            return column.percent()
                    ? VietnameseNumbers.format(value.setScale(1, RoundingMode.HALF_UP), 1) + "%"
                    : VietnameseNumbers.format(value, 2);
        }
    }

    /**
     * A unit table of the template across the children, as the template merges it: every child's rows with its
     * name ({@code merge: rows}) or one line per child with its sums ({@code merge: totals}), then the grand total
     * with formula columns computed over the sums. Cells as shown ("1.200.000.000", "83,3%").
     *
     * @param header "STT", the child column, then the table's columns
     * @param rows the lines, the total row last
     * @param numeric per column: a number (written as a number in the workbook)
     */
    public record RowsTable(
            String code, String title, List<String> header, List<List<String>> rows, List<Boolean> numeric) {}

    /** A child's name, its figures and its unit tables' rows by "item/table" (empty until its document arrives). */
    record ChildRow(String name, Map<String, BigDecimal> figures, Map<String, List<Map<String, String>>> tables) {}

    static RoundAggregate of(ReportTemplate template, List<ChildRow> children) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        children.forEach(c -> c.figures().forEach((k, v) -> totals.merge(k, v, BigDecimal::add)));
        List<TemplateAggregate> aggregates =
                template.aggregates().isEmpty() ? List.of(everyFigure(template)) : template.aggregates();
        List<Table> tables = new ArrayList<>();
        for (TemplateAggregate aggregate : aggregates) {
            List<Column> columns = aggregate.columns().stream()
                    .map(c -> new Column(c.name(), c.label(), c.percent()))
                    .toList();
            List<Row> rows = new ArrayList<>();
            Map<String, BigDecimal> sums = new HashMap<>();
            for (ChildRow child : children) {
                Map<String, BigDecimal> row = summed(aggregate, child.figures());
                row.forEach((k, v) -> sums.merge(k, v, BigDecimal::add));
                rows.add(new Row(child.name(), false, computed(aggregate, row)));
            }
            rows.add(new Row(Messages.get("round.aggregate.total"), true, computed(aggregate, sums)));
            tables.add(new Table(aggregate.code(), aggregate.title(), columns, rows));
        }
        return new RoundAggregate(tables, totals, rowsTables(template, children));
    }

    private static List<RowsTable> rowsTables(ReportTemplate template, List<ChildRow> children) {
        List<RowsTable> out = new ArrayList<>();
        for (TemplateItem item : template.allItems()) {
            for (UnitTable table : item.unitTables()) {
                String key = item.code() + "/" + table.code();
                Map<String, List<Map<String, String>>> byChild = new LinkedHashMap<>();
                children.stream()
                        .filter(c -> !c.tables().getOrDefault(key, List.of()).isEmpty())
                        .forEach(c -> byChild.put(c.name(), c.tables().get(key)));
                if (byChild.isEmpty()) {
                    continue;
                }
                List<List<String>> grid = table.merged(byChild);
                List<String> header = new ArrayList<>(grid.get(0));
                header.set(1, Messages.get("round.aggregate.rowHeader"));
                List<Boolean> numeric = new ArrayList<>(List.of(false, false));
                table.columns().forEach(c -> numeric.add(c.type().numeric()));
                out.add(new RowsTable(
                        key,
                        table.title().isBlank() ? item.heading() : table.title(),
                        List.copyOf(header),
                        grid.subList(1, grid.size()),
                        List.copyOf(numeric)));
            }
        }
        return out;
    }

    /** A template without summary tables: one column per figure that can be added up. */
    private static TemplateAggregate everyFigure(ReportTemplate template) {
        List<TemplateAggregate.Column> columns = new ArrayList<>();
        template.allItems().stream()
                .flatMap(i -> i.inputs().stream())
                .filter(i -> i.type().numeric() && i.type() != vn.dangbo.baocao.template.IndicatorType.PERCENT)
                .forEach(i ->
                        columns.add(new TemplateAggregate.Column(i.key(), i.label(), List.of(i.key()), null, false)));
        return new TemplateAggregate(
                "figures",
                Messages.get("round.aggregate.figures"),
                null,
                Messages.get("round.aggregate.rowHeader"),
                Messages.get("round.aggregate.total"),
                columns);
    }

    private static Map<String, BigDecimal> summed(TemplateAggregate aggregate, Map<String, BigDecimal> figures) {
        Map<String, BigDecimal> row = new LinkedHashMap<>();
        for (TemplateAggregate.Column column : aggregate.columns()) {
            for (String key : column.sum()) {
                BigDecimal value = figures.get(key);
                if (value != null) {
                    row.merge(column.name(), value, BigDecimal::add);
                }
            }
        }
        return row;
    }

    private static Map<String, BigDecimal> computed(TemplateAggregate aggregate, Map<String, BigDecimal> sums) {
        Map<String, BigDecimal> all = new HashMap<>(sums);
        for (TemplateAggregate.Column column : aggregate.columns()) {
            if (column.computed()) {
                Expression.parse(column.formula()).value(all).ifPresent(v -> all.put(column.name(), v));
            }
        }
        return all;
    }
}
