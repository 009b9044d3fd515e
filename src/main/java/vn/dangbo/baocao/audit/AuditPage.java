package vn.dangbo.baocao.audit;

import java.util.List;

/**
 * One page of a search, newest first. The matches are not counted (a count would read them all on every page):
 * {@code hasNext} tells whether more follow, and {@code nextBefore} is the cursor that reads them.
 */
public record AuditPage(List<AuditRow> items, int page, int size, boolean hasNext, Long nextBefore) {}
