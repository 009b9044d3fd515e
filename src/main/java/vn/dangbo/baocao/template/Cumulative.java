package vn.dangbo.baocao.template;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lũy kế: this period's value of a key plus the same key in earlier issued reports of the template whose
 * period starts on or after the indicator's {@code cumulativeSince}.
 */
public final class Cumulative {

    private Cumulative() {}

    /**
     * One earlier issued report: the first day of its period and its stored (normalized) indicator values,
     * keyed by indicator key (keys are unique in a template, so all items may share one map).
     */
    public record EarlierReport(LocalDate periodStart, Map<String, String> normalized) {}

    /** The sum, or null when this period's value is not filled yet. Missing earlier values count as zero. */
    public static BigDecimal total(BigDecimal current, List<BigDecimal> earlier) {
        if (current == null) {
            return null;
        }
        BigDecimal sum = current;
        for (BigDecimal value : earlier) {
            if (value != null) {
                sum = sum.add(value, MathContext.DECIMAL64);
            }
        }
        return sum;
    }

    /**
     * For each cumulative indicator of the item, the earlier values of its source key, ready for
     * {@link IndicatorCheck#check(TemplateItem, Map, Map)}. Reports before {@code cumulativeSince} are left out.
     */
    public static Map<String, List<BigDecimal>> earlier(TemplateItem item, List<EarlierReport> reports) {
        Map<String, List<BigDecimal>> out = new LinkedHashMap<>();
        for (Indicator indicator : item.indicators()) {
            if (!indicator.cumulative()) {
                continue;
            }
            List<BigDecimal> values = new ArrayList<>();
            for (EarlierReport report : reports) {
                if (indicator.cumulativeSince() != null
                        && report.periodStart() != null
                        && report.periodStart().isBefore(indicator.cumulativeSince())) {
                    continue;
                }
                String stored =
                        report.normalized() == null ? null : report.normalized().get(indicator.cumulativeOf());
                if (stored != null && !stored.isBlank()) {
                    try {
                        values.add(new BigDecimal(stored.strip()));
                    } catch (NumberFormatException e) {
                        // a value stored before the template changed type: not a number, not counted
                    }
                }
            }
            out.put(indicator.key(), values);
        }
        return out;
    }
}
