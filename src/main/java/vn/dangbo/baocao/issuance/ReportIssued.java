package vn.dangbo.baocao.issuance;

import java.time.LocalDate;

/**
 * A report has been issued: numbered, dated, stored with its SHA-256. Published inside the issuing transaction;
 * listeners that act on other organisations do so after it commits.
 */
public record ReportIssued(
        long organisationId, long reportId, long issuedDocumentId, String symbol, LocalDate issuedOn, String sha256) {}
