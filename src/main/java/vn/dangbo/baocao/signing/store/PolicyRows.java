package vn.dangbo.baocao.signing.store;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The signing_policy table: whether an organisation issues unsigned and signs later when signing fails. */
@Repository
public class PolicyRows {

    private final JdbcClient jdbc;

    PolicyRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Boolean> signLater(long organisationId) {
        return jdbc.sql("select sign_later from signing_policy where organisation_id = ?")
                .param(organisationId)
                .query(Boolean.class)
                .optional();
    }

    public void save(long organisationId, boolean signLater, String changedBy) {
        jdbc.sql("""
                insert into signing_policy (organisation_id, sign_later, changed_by) values (?, ?, ?)
                on conflict (organisation_id)
                do update set sign_later = excluded.sign_later, changed_by = excluded.changed_by, changed_at = now()""").params(organisationId, signLater, changedBy).update();
    }
}
