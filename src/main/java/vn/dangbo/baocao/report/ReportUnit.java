package vn.dangbo.baocao.report;

import java.time.Instant;
import java.util.List;
import vn.dangbo.baocao.identity.Unit;

/** A unit taking part in a report: its state, and the template roles it fills. */
public record ReportUnit(
        long reportId,
        Unit unit,
        UnitStatus status,
        Instant dueAt,
        boolean overdue,
        String submittedBy,
        Instant submittedAt,
        List<String> roleKeys) {}
