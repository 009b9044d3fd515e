package vn.dangbo.baocao.audit;

import java.util.List;

/** One page of a search, newest first, with the number of all matching entries. */
public record AuditPage(List<AuditRow> items, long total, int page, int size) {}
