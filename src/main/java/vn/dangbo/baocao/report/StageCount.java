package vn.dangbo.baocao.report;

/** How many reports of an organisation are in one status (status null: an organisation with none). */
public record StageCount(String organisationCode, ReportStatus status, long reports) {}
