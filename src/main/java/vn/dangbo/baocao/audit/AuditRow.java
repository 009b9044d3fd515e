package vn.dangbo.baocao.audit;

import java.time.Instant;

/**
 * An entry as people read it: names next to codes, the action in Vietnamese, and the section version it
 * recorded (for a save) so a screen can link to it.
 */
public record AuditRow(
        long seq,
        Instant at,
        String actor,
        String actorName,
        String unitCode,
        String unitName,
        String clientAddress,
        String action,
        String actionLabel,
        String target,
        Long reportId,
        String detail,
        String contentHash,
        String hash,
        VersionLink version) {

    /** The same entry without the client's address (shown to administrators only). */
    public AuditRow withoutClientAddress() {
        return new AuditRow(
                seq,
                at,
                actor,
                actorName,
                unitCode,
                unitName,
                null,
                action,
                actionLabel,
                target,
                reportId,
                detail,
                contentHash,
                hash,
                version);
    }

    /** The saved version of one unit's part of a section. */
    public record VersionLink(String sectionCode, String unitCode, int version) {}
}
