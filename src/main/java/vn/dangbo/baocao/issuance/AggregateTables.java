package vn.dangbo.baocao.issuance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dangbo.baocao.template.Expression;
import vn.dangbo.baocao.template.TemplateAggregate;
import vn.dangbo.baocao.template.VietnameseNumbers;

/**
 * Builds a template's summary table from the units' own figures: a row per unit that reported any summed
 * figure, then the total row where sums are added and rates recomputed from the sums (never averaged).
 */
final class AggregateTables {

    /** One unit's figures: its name and its indicator values by key (typed and computed). */
    record UnitFigures(String name, Map<String, BigDecimal> values) {}

    private AggregateTables() {}

    static Optional<DocumentModel.Table> table(TemplateAggregate aggregate, List<UnitFigures> units) {
        List<String> header = new ArrayList<>();
        header.add(aggregate.rowHeader());
        aggregate.columns().forEach(c -> header.add(c.label()));
        List<List<String>> rows = new ArrayList<>();
        Map<String, BigDecimal> totals = new HashMap<>();
        for (UnitFigures unit : units) {
            Map<String, BigDecimal> row = row(aggregate, unit.values());
            if (row.isEmpty()) {
                continue;
            }
            aggregate.columns().stream().filter(c -> !c.computed()).forEach(c -> {
                BigDecimal value = row.get(c.name());
                if (value != null) {
                    totals.merge(c.name(), value, BigDecimal::add);
                }
            });
            rows.add(cells(aggregate, unit.name(), computed(aggregate, row)));
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        rows.add(cells(aggregate, aggregate.totalLabel(), computed(aggregate, totals)));
        return Optional.of(new DocumentModel.Table(header, rows));
    }

    /** The summed columns of one unit; empty when the unit reported none of them. */
    private static Map<String, BigDecimal> row(TemplateAggregate aggregate, Map<String, BigDecimal> values) {
        Map<String, BigDecimal> row = new LinkedHashMap<>();
        for (TemplateAggregate.Column column : aggregate.columns()) {
            for (String key : column.sum()) {
                BigDecimal value = values.get(key);
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

    private static List<String> cells(TemplateAggregate aggregate, String label, Map<String, BigDecimal> values) {
        List<String> cells = new ArrayList<>();
        cells.add(label);
        for (TemplateAggregate.Column column : aggregate.columns()) {
            BigDecimal value = values.get(column.name());
            cells.add(value == null ? "" : format(value, column.percent()));
        }
        return cells;
    }

    static String format(BigDecimal value, boolean percent) {
        return percent
                ? VietnameseNumbers.format(value.setScale(1, RoundingMode.HALF_UP), 1) + "%"
                : VietnameseNumbers.format(value, 2);
    }
}
