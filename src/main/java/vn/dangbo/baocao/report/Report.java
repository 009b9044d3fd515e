package vn.dangbo.baocao.report;

import java.time.Instant;
import java.util.List;

public record Report(long id, long organisationId, long templateId, Period period, String title, String basis,
                     Instant deadline, ReportStatus status, List<String> recipients, long signerId,
                     long officeUnitId, String processInstanceId, String cancelReason, Instant createdAt,
                     SigningAuthority signingAuthority) {
}
