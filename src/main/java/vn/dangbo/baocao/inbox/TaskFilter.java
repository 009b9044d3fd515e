package vn.dangbo.baocao.inbox;

import vn.dangbo.baocao.report.Period;
import vn.dangbo.baocao.report.UnitStatus;

/**
 * Filters of the inbox; null means any. {@code month} picks the reports of that month: monthly reports of
 * that month and the quarter, half-year and year reports that contain it.
 */
public record TaskFilter(UnitStatus status, Integer year, Integer month) {

    public static final TaskFilter NONE = new TaskFilter(null, null, null);

    boolean accepts(Period period, UnitStatus unitStatus) {
        if (status != null && status != unitStatus) {
            return false;
        }
        if (year != null && period.year() != year) {
            return false;
        }
        return month == null || contains(period, month);
    }

    private static boolean contains(Period period, int month) {
        return switch (period.kind()) {
            case MONTH -> period.number() == month;
            case QUARTER -> (month - 1) / 3 + 1 == period.number();
            case HALF_YEAR -> (month - 1) / 6 + 1 == period.number();
            case YEAR -> true;
            case ADHOC -> false;
        };
    }
}
