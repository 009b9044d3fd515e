package vn.dangbo.baocao.report.ui;

import java.util.Locale;
import vn.dangbo.baocao.report.PeriodKind;

/**
 * Whether a template's title names a period kind ("Báo cáo tháng …", "Báo cáo quý …", "Báo cáo 6 tháng …",
 * "Báo cáo năm …"). Templates do not declare their kind; their titles do, as the office reads them.
 */
final class TemplateForPeriod {

    private TemplateForPeriod() {}

    static boolean fits(String title, PeriodKind kind) {
        if (title == null || kind == null) {
            return false;
        }
        String t = " " + title.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") + " ";
        boolean half = t.contains(" 6 tháng ") || t.contains(" sáu tháng ");
        return switch (kind) {
            case MONTH -> t.contains(" tháng ") && !half;
            case QUARTER -> t.contains(" quý ");
            case HALF_YEAR -> half;
            case YEAR -> t.contains("báo cáo năm ") || t.contains(" hằng năm ") || t.contains(" tổng kết năm ");
            case ADHOC -> t.contains(" đột xuất ");
        };
    }
}
