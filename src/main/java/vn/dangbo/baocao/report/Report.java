package vn.dangbo.baocao.report;

import java.time.Instant;
import java.util.List;

/** A report; a correction names the report it replaces and the office's reason. */
public record Report(
        long id,
        long organisationId,
        long templateId,
        Period period,
        String title,
        String basis,
        Instant deadline,
        ReportStatus status,
        List<String> recipients,
        long signerId,
        long officeUnitId,
        String processInstanceId,
        String cancelReason,
        Instant createdAt,
        SigningAuthority signingAuthority,
        Long replacesReportId,
        String correctionReason) {

    /** A report that corrects nothing. */
    public Report(
            long id,
            long organisationId,
            long templateId,
            Period period,
            String title,
            String basis,
            Instant deadline,
            ReportStatus status,
            List<String> recipients,
            long signerId,
            long officeUnitId,
            String processInstanceId,
            String cancelReason,
            Instant createdAt,
            SigningAuthority signingAuthority) {
        this(
                id,
                organisationId,
                templateId,
                period,
                title,
                basis,
                deadline,
                status,
                recipients,
                signerId,
                officeUnitId,
                processInstanceId,
                cancelReason,
                createdAt,
                signingAuthority,
                null,
                null);
    }
}
