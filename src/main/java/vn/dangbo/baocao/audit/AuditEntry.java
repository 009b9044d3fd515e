package vn.dangbo.baocao.audit;

import java.time.Instant;

/** One entry of the append-only trail, as stored. */
public record AuditEntry(
        long seq,
        long organisationId,
        Instant at,
        String actor,
        String unitCode,
        String clientAddress,
        String action,
        String target,
        Long reportId,
        String detail,
        String contentHash,
        String prevHash,
        String hash) {

    /** The text the entry's hash is computed over: every field but the hash, and the previous hash. */
    String canonical() {
        return String.join(
                "|",
                Long.toString(organisationId),
                at.toString(),
                actor,
                nz(unitCode),
                nz(clientAddress),
                action,
                target,
                reportId == null ? "" : reportId.toString(),
                nz(detail),
                nz(contentHash),
                prevHash);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
