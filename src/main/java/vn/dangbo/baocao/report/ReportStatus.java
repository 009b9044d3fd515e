package vn.dangbo.baocao.report;

public enum ReportStatus {
    COLLECTING,
    CONSOLIDATING,
    AWAITING_APPROVAL,
    ISSUED,
    CANCELLED
}
