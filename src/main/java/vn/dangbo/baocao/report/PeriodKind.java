package vn.dangbo.baocao.report;

public enum PeriodKind {
    MONTH,
    QUARTER,
    HALF_YEAR,
    YEAR,
    ADHOC
}
