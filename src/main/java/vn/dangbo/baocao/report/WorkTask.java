package vn.dangbo.baocao.report;

import java.time.Instant;

/** An open user task of a report process, as the engine knows it (ids only). */
public record WorkTask(
        String id,
        TaskKind kind,
        String processInstanceId,
        String unitGroup,
        String assignee,
        Instant created,
        Instant due) {}
