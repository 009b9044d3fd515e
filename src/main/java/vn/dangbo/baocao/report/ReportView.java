package vn.dangbo.baocao.report;

import java.time.Instant;
import java.util.List;

/** A report with the state of each of its units, as the API and the screens show it. */
public record ReportView(
        long id,
        String title,
        Period period,
        String periodLabel,
        ReportStatus status,
        Instant deadline,
        String templateId,
        int templateVersion,
        List<UnitView> units,
        String number,
        Instant issuedAt,
        String signer,
        String signerName,
        String cancelReason,
        SigningAuthority signingAuthority,
        Long replacesReportId,
        String correctionReason) {

    public record UnitView(
            String unitCode,
            String unitName,
            List<String> roles,
            UnitStatus status,
            Instant dueAt,
            boolean overdue,
            String submittedBy,
            Instant submittedAt) {}
}
