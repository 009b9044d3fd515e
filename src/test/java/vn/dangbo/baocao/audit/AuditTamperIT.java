package vn.dangbo.baocao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.baocao.IntegrationTest;

/** Someone with superuser access rewrites one entry: the chain names it. Done in a commune of its own. */
@IntegrationTest
class AuditTamperIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void verifyNamesTheEntryChangedBehindTheApplicationsBack() {
        AuditCommune org = AuditCommune.create(context, port);
        long report = org.openReport(5);
        org.writeAll("ubnd", report, "Nội dung ban đầu");
        org.cancel(report, "Mở nhầm kỳ báo cáo.");
        JsonNode before = org.verify();
        assertThat(before.get("ok").asBoolean()).isTrue();
        List<Long> seqs = jdbc.sql("select seq from audit_entry where organisation_id = ? order by seq")
                .param(org.id)
                .query(Long.class)
                .list();
        assertThat(before.get("entries").asLong()).isEqualTo(seqs.size()).isGreaterThanOrEqualTo(3);
        long victim = seqs.get(1);

        assertThatThrownBy(() -> jdbc.sql("update audit_entry set detail = 'sửa' where seq = ?")
                        .param(victim)
                        .update())
                .hasMessageContaining("append-only");

        transactions.executeWithoutResult(tx -> {
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql("update audit_entry set detail = 'phiên bản 9' where seq = ?")
                    .param(victim)
                    .update();
        });

        JsonNode after = org.verify();
        assertThat(after.get("ok").asBoolean()).isFalse();
        assertThat(after.get("brokenAt").asLong()).isEqualTo(victim);
    }

    @Test
    void verifyNoticesEntriesRemovedFromTheEnd() {
        AuditCommune org = AuditCommune.create(context, port);
        long report = org.openReport(6);
        org.cancel(report, "Mở nhầm kỳ báo cáo.");
        assertThat(org.verify().get("ok").asBoolean()).isTrue();
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql("delete from audit_entry where seq = (select max(seq) from audit_entry where organisation_id = ?)")
                    .param(org.id)
                    .update();
        });
        assertThat(org.verify().get("ok").asBoolean()).isFalse();
    }
}
