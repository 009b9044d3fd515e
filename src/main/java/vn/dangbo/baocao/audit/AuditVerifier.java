package vn.dangbo.baocao.audit;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.baocao.common.Hashes;

/** Recomputes an organisation's chain and names the first entry that does not match. */
@Service
public class AuditVerifier {

    public record Result(boolean ok, long entries, Long brokenAt) {}

    private final JdbcClient jdbc;

    AuditVerifier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Result verify(long organisationId) {
        AtomicReference<String> previous = new AtomicReference<>(AuditTrail.GENESIS);
        AtomicLong count = new AtomicLong();
        AtomicReference<Long> broken = new AtomicReference<>();
        jdbc.sql("select * from audit_entry where organisation_id = ? order by seq")
                .param(organisationId)
                .query(rs -> {
                    if (broken.get() != null) {
                        return;
                    }
                    AuditEntry entry = AuditRows.entry(rs, 0);
                    count.incrementAndGet();
                    boolean linked = entry.prevHash().equals(previous.get());
                    boolean intact = Hashes.sha256(entry.canonical()).equals(entry.hash());
                    if (!linked || !intact) {
                        broken.set(entry.seq());
                    }
                    previous.set(entry.hash());
                });
        String head = jdbc.sql("select last_hash from audit_chain_head where organisation_id = ?")
                .param(organisationId)
                .query(String.class)
                .optional()
                .orElse(AuditTrail.GENESIS);
        if (broken.get() == null && !head.equals(previous.get())) {
            // entries removed from the end: the head remembers a later hash
            return new Result(false, count.get(), count.get() == 0 ? 0L : null);
        }
        return new Result(broken.get() == null, count.get(), broken.get());
    }
}
