package vn.dangbo.baocao.round;

import java.time.Instant;
import vn.dangbo.baocao.report.Period;

/** A request of a superior organisation to its children, and what came of it. */
public record Round(
        long id,
        long organisationId,
        long templateId,
        String templateKey,
        Period period,
        String title,
        String basisNumber,
        String basis,
        Instant deadline,
        String processInstanceId,
        Long superiorReportId,
        String createdBy,
        Instant createdAt,
        Instant closedAt,
        String closeReason) {

    public boolean closed() {
        return closedAt != null;
    }
}
