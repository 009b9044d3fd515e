package vn.dangbo.baocao.template;

import java.math.BigDecimal;

/**
 * A figure of an item. A computed indicator has a formula over other keys; a cumulative one (lũy kế)
 * adds the same key of earlier issued reports of the template since {@code cumulativeSince}.
 */
public record Indicator(
        String key,
        String label,
        IndicatorType type,
        String unit,
        BigDecimal min,
        BigDecimal max,
        String formula,
        String cumulativeOf,
        java.time.LocalDate cumulativeSince) {

    public boolean computed() {
        return formula != null && !formula.isBlank();
    }
}
