package vn.dangbo.baocao.template;

import vn.dangbo.baocao.common.Messages;

/** A report period as written in Vietnamese: "tháng 4 năm 2026", "quý I năm 2026", "6 tháng đầu năm 2026". */
public final class PeriodLabel {

    private PeriodLabel() {}

    /** @param kind MONTH, QUARTER, HALF_YEAR, YEAR or ADHOC (ADHOC is labelled by its year) */
    public static String of(String kind, int year, int number) {
        return switch (kind == null ? "" : kind) {
            case "MONTH" -> Messages.get("period.month", String.valueOf(number), String.valueOf(year));
            case "QUARTER" -> Messages.get("period.quarter", Numbering.roman(number), String.valueOf(year));
            case "HALF_YEAR" ->
                Messages.get(number == 2 ? "period.secondHalf" : "period.firstHalf", String.valueOf(year));
            default -> Messages.get("period.year", String.valueOf(year));
        };
    }
}
