package vn.dangbo.baocao.template;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A figure of an item. A computed indicator has a formula over other keys of its item; a cumulative one
 * (lũy kế) adds the same key of earlier issued reports of the template since {@code cumulativeSince}.
 * Neither is typed by the user: {@link #computed()} is true for both.
 *
 * @param decimals digits shown after the decimal comma for computed values; null for the type's default
 * @param hidden never printed in the document's list of figures (a working figure, e.g. a rate's base)
 * @param digits an integer printed with at least this many digits ("01"); null for as typed
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
        LocalDate cumulativeSince,
        Integer decimals,
        boolean carry,
        boolean hidden,
        Integer digits) {

    /** A figure of the period (a flow, e.g. dossiers received in the month): not carried to the next period. */
    public Indicator(
            String key,
            String label,
            IndicatorType type,
            String unit,
            BigDecimal min,
            BigDecimal max,
            String formula,
            String cumulativeOf,
            LocalDate cumulativeSince,
            Integer decimals) {
        this(key, label, type, unit, min, max, formula, cumulativeOf, cumulativeSince, decimals, false, false, null);
    }

    /** True when the value is derived (formula or lũy kế), so the user does not type it. */
    public boolean computed() {
        return hasFormula() || cumulative();
    }

    public boolean hasFormula() {
        return formula != null && !formula.isBlank();
    }

    public boolean cumulative() {
        return cumulativeOf != null && !cumulativeOf.isBlank();
    }

    /** Digits after the decimal comma when showing a computed value: 1 for percent, 2 for decimal, else 0. */
    public int displayDecimals() {
        if (decimals != null) {
            return decimals;
        }
        return switch (type) {
            case PERCENT -> 1;
            case DECIMAL -> 2;
            default -> 0;
        };
    }
}
