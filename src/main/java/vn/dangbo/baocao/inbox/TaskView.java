package vn.dangbo.baocao.inbox;

import java.time.Instant;
import vn.dangbo.baocao.report.TaskKind;
import vn.dangbo.baocao.report.UnitStatus;

/** One line of the inbox (GET /api/tasks). */
public record TaskView(
        String id,
        TaskKind kind,
        String name,
        long reportId,
        String reportTitle,
        String period,
        String unitCode,
        String unitName,
        UnitStatus unitStatus,
        Instant created,
        Instant due,
        boolean overdue) {}
