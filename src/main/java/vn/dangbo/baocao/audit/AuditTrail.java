package vn.dangbo.baocao.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.dangbo.baocao.common.Hashes;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.identity.Actor;

/**
 * Appends entries to the organisation's hash chain, inside the caller's transaction so an entry exists
 * exactly when the change it records does.
 */
@Service
public class AuditTrail {

    static final String GENESIS = "0".repeat(64);
    public static final String SYSTEM = "hệ thống";

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            Actor actor, AuditAction action, String target, Long reportId, String detail, String contentHash) {
        append(
                actor.organisationId(),
                actor.username(),
                actor.unit().code(),
                action,
                target,
                reportId,
                detail,
                contentHash);
    }

    /** An entry of the system itself (timers, issuing by the engine). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordSystem(
            long organisationId, AuditAction action, String target, Long reportId, String detail, String contentHash) {
        append(organisationId, SYSTEM, null, action, target, reportId, detail, contentHash);
    }

    /** Login attempts have no surrounding transaction of their own. */
    @Transactional
    public void recordLogin(long organisationId, String username, String unitCode, boolean success) {
        append(
                organisationId,
                username,
                unitCode,
                success ? AuditAction.LOGIN : AuditAction.LOGIN_FAILED,
                "user:" + username,
                null,
                null,
                null);
    }

    /** Wrong passwords for an account: one entry for a row of them, with how many so far. */
    public void recordLoginFailures(long organisationId, String username, int count) {
        append(
                organisationId,
                username,
                null,
                AuditAction.LOGIN_FAILED,
                "user:" + username,
                null,
                count <= 1 ? null : Messages.get("audit.login.failures", count),
                null);
    }

    private void append(
            long organisationId,
            String actor,
            String unitCode,
            AuditAction action,
            String target,
            Long reportId,
            String detail,
            String contentHash) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AuditEntry entry = new AuditEntry(
                0,
                organisationId,
                at,
                actor,
                unitCode,
                clientAddress(),
                action.name(),
                target,
                reportId,
                detail,
                contentHash,
                "",
                null);
        // the canonical text ends with the previous hash, which only the locked head knows
        String canonicalBeforePrevious = entry.canonical();
        if (appendAfterHead(entry, canonicalBeforePrevious) == 0) {
            // the organisation's first entry: create its head, then append after it
            jdbc.sql("insert into audit_chain_head (organisation_id, last_seq, last_hash) values (?, 0, ?) "
                            + "on conflict do nothing")
                    .params(organisationId, GENESIS)
                    .update();
            if (appendAfterHead(entry, canonicalBeforePrevious) == 0) {
                throw new IllegalStateException("no audit chain head for organisation " + organisationId);
            }
        }
    }

    /**
     * One statement: locks the organisation's chain head, inserts the entry after it with its SHA-256 computed by
     * PostgreSQL over the canonical text and the previous hash (as {@link AuditEntry#canonical} and
     * {@link Hashes#sha256} do), and moves the head; 0 when the organisation has no head yet.
     */
    private int appendAfterHead(AuditEntry entry, String canonicalBeforePrevious) {
        return jdbc.sql("""
                with head as (select last_hash from audit_chain_head where organisation_id = ? for update),
                entry as (
                    insert into audit_entry (organisation_id, at, actor, unit_code, client_address, action, target,
                                             report_id, detail, content_hash, prev_hash, hash)
                    select cast(? as bigint), cast(? as timestamptz), cast(? as varchar), cast(? as varchar),
                           cast(? as varchar), cast(? as varchar), cast(? as varchar), cast(? as bigint),
                           cast(? as text), cast(? as char(64)), head.last_hash,
                           encode(sha256(convert_to(cast(? as text) || head.last_hash, 'UTF8')), 'hex')
                    from head
                    returning seq, hash)
                update audit_chain_head set last_seq = entry.seq, last_hash = entry.hash
                from entry where audit_chain_head.organisation_id = ?""")
                .params(
                        entry.organisationId(),
                        entry.organisationId(),
                        java.sql.Timestamp.from(entry.at()),
                        entry.actor(),
                        entry.unitCode(),
                        entry.clientAddress(),
                        entry.action(),
                        entry.target(),
                        entry.reportId(),
                        entry.detail(),
                        entry.contentHash(),
                        canonicalBeforePrevious,
                        entry.organisationId())
                .update();
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    public List<AuditEntry> reportEntries(long organisationId, long reportId) {
        return jdbc.sql("select * from audit_entry where organisation_id = ? and report_id = ? order by seq")
                .params(organisationId, reportId)
                .query(AuditRows::entry)
                .list();
    }
}
