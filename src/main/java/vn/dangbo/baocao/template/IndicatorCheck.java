package vn.dangbo.baocao.template;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dangbo.baocao.common.Messages;

/**
 * Reads and checks the indicator values of one item: typed values are read as Vietnamese write them,
 * computed and cumulative ones are derived, rules are tested. A rule over empty values is not broken:
 * it waits until its values are filled.
 */
public final class IndicatorCheck {

    private IndicatorCheck() {}

    /** Values as typed by a user; no earlier issued reports (lũy kế = this period only). */
    public static CheckResult check(TemplateItem item, Map<String, String> raw) {
        return check(item, raw, Map.of());
    }

    /**
     * @param earlier for each cumulative indicator key, the values of its source key in earlier issued
     *                reports (see {@link Cumulative#earlier})
     */
    public static CheckResult check(TemplateItem item, Map<String, String> raw, Map<String, List<BigDecimal>> earlier) {
        return new Run(item, earlier, false).check(raw);
    }

    /** Values as stored ({@link CheckResult#normalized()}: plain decimals "1235.5", ISO dates). */
    public static CheckResult checkStored(
            TemplateItem item, Map<String, String> normalized, Map<String, List<BigDecimal>> earlier) {
        return new Run(item, earlier, true).check(normalized);
    }

    /** Every item of a report; {@code rawByItem} is keyed by item code, items not given are checked empty. */
    public static ReportCheck checkAll(ReportTemplate template, Map<String, Map<String, String>> rawByItem) {
        return checkAll(template, rawByItem, List.of());
    }

    public static ReportCheck checkAll(
            ReportTemplate template,
            Map<String, Map<String, String>> rawByItem,
            List<Cumulative.EarlierReport> earlierReports) {
        Map<String, CheckResult> results = new LinkedHashMap<>();
        for (TemplateItem item : template.allItems()) {
            if (item.indicators().isEmpty()) {
                continue;
            }
            Map<String, String> raw = rawByItem == null ? null : rawByItem.get(item.code());
            results.put(item.code(), check(item, raw, Cumulative.earlier(item, earlierReports)));
        }
        return new ReportCheck(results);
    }

    private static final class Run {

        private final TemplateItem item;
        private final Map<String, List<BigDecimal>> earlier;
        private final boolean stored;
        private final Map<String, BigDecimal> values = new HashMap<>();
        private final Map<String, String> normalized = new LinkedHashMap<>();
        private final Map<String, String> display = new LinkedHashMap<>();
        private final List<FieldError> errors = new ArrayList<>();
        private final List<FieldError> broken = new ArrayList<>();
        private final Map<String, Boolean> derived = new HashMap<>();

        Run(TemplateItem item, Map<String, List<BigDecimal>> earlier, boolean stored) {
            this.item = item;
            this.earlier = earlier == null ? Map.of() : earlier;
            this.stored = stored;
        }

        CheckResult check(Map<String, String> raw) {
            for (Indicator indicator : item.indicators()) {
                if (!indicator.computed()) {
                    String value = raw == null ? null : raw.get(indicator.key());
                    if (value != null && !value.isBlank()) {
                        read(indicator, value);
                    }
                }
            }
            for (Indicator indicator : item.indicators()) {
                if (indicator.computed()) {
                    derive(indicator);
                }
            }
            Map<String, String> orderedNormalized = new LinkedHashMap<>();
            Map<String, String> orderedDisplay = new LinkedHashMap<>();
            for (Indicator indicator : item.indicators()) {
                if (normalized.containsKey(indicator.key())) {
                    orderedNormalized.put(indicator.key(), normalized.get(indicator.key()));
                }
                if (display.containsKey(indicator.key())) {
                    orderedDisplay.put(indicator.key(), display.get(indicator.key()));
                }
            }
            rules();
            return new CheckResult(orderedNormalized, orderedDisplay, errors, broken);
        }

        private void read(Indicator indicator, String text) {
            String key = indicator.key();
            switch (indicator.type()) {
                case TEXT -> {
                    normalized.put(key, text.strip());
                    display.put(key, text.strip());
                }
                case DATE -> {
                    var date = stored ? IndicatorValues.isoDate(text) : IndicatorValues.date(text);
                    if (date == null) {
                        errors.add(new FieldError(key, Messages.get("template.value.notDate", indicator.label())));
                    } else {
                        normalized.put(key, date.toString());
                        display.put(key, IndicatorValues.formatDate(date));
                    }
                }
                default -> {
                    BigDecimal number = stored ? IndicatorValues.plain(text) : IndicatorValues.number(indicator, text);
                    String problem = number == null
                            ? Messages.get("template.value.notNumber", indicator.label())
                            : IndicatorValues.problem(indicator, number);
                    if (problem != null) {
                        errors.add(new FieldError(key, problem));
                        return;
                    }
                    values.put(key, number);
                    normalized.put(key, IndicatorValues.plainString(number));
                    display.put(key, IndicatorValues.display(indicator, number, false));
                }
            }
        }

        /** Computes a derived indicator after the ones it depends on; the template is known to be acyclic. */
        private BigDecimal derive(Indicator indicator) {
            String key = indicator.key();
            if (derived.containsKey(key)) {
                return values.get(key);
            }
            derived.put(key, Boolean.TRUE);
            BigDecimal result;
            if (indicator.cumulative()) {
                BigDecimal current = valueOf(indicator.cumulativeOf());
                result = Cumulative.total(current, earlier.getOrDefault(key, List.of()));
            } else {
                Expression formula = Expression.parse(indicator.formula());
                formula.keys().forEach(this::valueOf);
                result = formula.value(values).orElse(null);
            }
            if (result == null) {
                display.put(key, IndicatorValues.EMPTY);
                return null;
            }
            BigDecimal rounded = result.setScale(indicator.displayDecimals(), RoundingMode.HALF_UP);
            values.put(key, result);
            normalized.put(key, IndicatorValues.plainString(rounded));
            display.put(key, IndicatorValues.display(indicator, rounded, true));
            String outOfRange = IndicatorValues.problem(indicator, rounded);
            if (outOfRange != null && !outOfRange.equals(IndicatorValues.notWhole(indicator))) {
                broken.add(new FieldError(key, outOfRange));
            }
            return result;
        }

        private BigDecimal valueOf(String key) {
            return item.indicator(key)
                    .filter(Indicator::computed)
                    .map(this::derive)
                    .orElseGet(() -> values.get(key));
        }

        private void rules() {
            for (IndicatorRule rule : item.rules()) {
                Expression expression = Expression.parse(rule.expression());
                if (expression.test(values).orElse(Boolean.TRUE)) {
                    continue;
                }
                broken.add(new FieldError(String.join(",", expression.keys()), rule.message()));
            }
        }
    }
}
