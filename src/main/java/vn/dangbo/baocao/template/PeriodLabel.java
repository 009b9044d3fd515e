package vn.dangbo.baocao.template;

/** A report period as written in Vietnamese: "tháng 4 năm 2026", "quý I năm 2026", "6 tháng đầu năm 2026". */
public final class PeriodLabel {

    private PeriodLabel() {
    }

    /** @param kind MONTH, QUARTER, HALF_YEAR, YEAR or ADHOC (ADHOC is labelled by its year) */
    public static String of(String kind, int year, int number) {
        return switch (kind == null ? "" : kind) {
            case "MONTH" -> "tháng " + number + " năm " + year;
            case "QUARTER" -> "quý " + Numbering.roman(number) + " năm " + year;
            case "HALF_YEAR" -> (number == 2 ? "6 tháng cuối năm " : "6 tháng đầu năm ") + year;
            default -> "năm " + year;
        };
    }
}
