package vn.dangbo.baocao.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A table the unit fills: declared columns (each an indicator: type, unit, formula over the row's columns) and
 * as many rows as the unit needs (a row per dossier, per project). Summed columns are added up in the total
 * row; formula columns are computed again over the totals, never added.
 *
 * @param perUnit the consolidated draft prints one row per unit with its totals ({@code merge: totals})
 *     instead of every unit's rows ({@code merge: rows})
 * @param summed the keys of the columns added up in the total row
 */
public record UnitTable(
        String code,
        String title,
        String totalLabel,
        String unitHeader,
        boolean perUnit,
        List<Indicator> columns,
        Set<String> summed) {

    public UnitTable {
        columns = List.copyOf(columns);
        summed = Set.copyOf(summed);
    }

    /** The columns as an item, so that a row is checked like an item's figures. */
    public TemplateItem rowItem() {
        return new TemplateItem(code, "", title, "", false, columns, List.of());
    }

    public CheckResult check(Map<String, String> raw) {
        return IndicatorCheck.check(rowItem(), raw);
    }

    public CheckResult checkStored(Map<String, String> normalized) {
        return IndicatorCheck.checkStored(rowItem(), normalized, Map.of());
    }

    /** One unit's table: its rows, then the total row. Header row first. */
    public List<List<String>> grid(List<Map<String, String>> rows) {
        List<List<String>> out = new ArrayList<>();
        out.add(header(false));
        int n = 1;
        for (Map<String, String> row : rows) {
            out.add(line(String.valueOf(n++), null, checkStored(row).display()));
        }
        out.add(line(totalLabel, null, total(rows)));
        return List.copyOf(out);
    }

    /** The consolidated table: every unit's rows (with its name) or one total row per unit, then the total. */
    public List<List<String>> merged(Map<String, List<Map<String, String>>> rowsByUnit) {
        List<List<String>> out = new ArrayList<>();
        out.add(header(true));
        List<Map<String, String>> all = new ArrayList<>();
        int n = 1;
        for (Map.Entry<String, List<Map<String, String>>> unit : rowsByUnit.entrySet()) {
            if (perUnit) {
                out.add(line(String.valueOf(n++), unit.getKey(), total(unit.getValue())));
            } else {
                for (Map<String, String> row : unit.getValue()) {
                    out.add(line(
                            String.valueOf(n++), unit.getKey(), checkStored(row).display()));
                }
            }
            all.addAll(unit.getValue());
        }
        out.add(line("", "", total(all)));
        // the total's label stands in the first cell after the number, whichever column that is
        List<String> last = new ArrayList<>(out.get(out.size() - 1));
        last.set(1, totalLabel);
        out.set(out.size() - 1, List.copyOf(last));
        return List.copyOf(out);
    }

    /** The total row's display values: summed columns added up, formula columns computed over the sums. */
    public Map<String, String> total(List<Map<String, String>> rows) {
        Map<String, String> sums = new LinkedHashMap<>();
        for (Indicator column : columns) {
            if (!summed.contains(column.key()) || column.computed()) {
                continue;
            }
            BigDecimal sum = null;
            for (Map<String, String> row : rows) {
                String value = row.get(column.key());
                if (value != null && !value.isBlank()) {
                    sum = (sum == null ? BigDecimal.ZERO : sum).add(new BigDecimal(value));
                }
            }
            if (sum != null) {
                sums.put(column.key(), sum.toPlainString());
            }
        }
        Map<String, String> display = new LinkedHashMap<>(checkStored(sums).display());
        columns.stream().filter(c -> !summed.contains(c.key()) && !c.computed()).forEach(c -> display.put(c.key(), ""));
        return display;
    }

    private List<String> header(boolean withUnit) {
        List<String> header = new ArrayList<>();
        header.add("STT");
        if (withUnit) {
            header.add(unitHeader);
        }
        for (Indicator column : columns) {
            boolean unit = column.unit() != null && !column.unit().isBlank();
            header.add(unit ? column.label() + " (" + column.unit() + ")" : column.label());
        }
        return List.copyOf(header);
    }

    private List<String> line(String number, String unit, Map<String, String> display) {
        List<String> line = new ArrayList<>();
        line.add(number);
        if (unit != null) {
            line.add(unit);
        }
        for (Indicator column : columns) {
            line.add(display.getOrDefault(column.key(), ""));
        }
        return List.copyOf(line);
    }
}
