package vn.dangbo.baocao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.baocao.IntegrationTest;

/**
 * The application's database role, set up as docs/audit.md tells production to: a login role that is a member
 * of baocao_app (created by the migration) may read and append audit entries but not change or remove them.
 */
@IntegrationTest
class AuditRoleIT {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void applicationRoleCanAppendButNeitherUpdateNorDeleteAuditRows() throws Exception {
        String url;
        try (Connection admin = dataSource.getConnection()) {
            url = admin.getMetaData().getURL();
        }
        String login = "baocao_probe_" + UUID.randomUUID().toString().substring(0, 8);
        String password = UUID.randomUUID().toString();
        jdbc.sql("create role " + login + " login password '" + password + "' in role baocao_app")
                .update();
        long seq =
                jdbc.sql("select min(seq) from audit_entry").query(Long.class).single();
        long organisation = jdbc.sql("select organisation_id from audit_entry where seq = ?")
                .param(seq)
                .query(Long.class)
                .single();

        try (Connection app = DriverManager.getConnection(url.split("\\?")[0], login, password)) {
            assertThat(app.getMetaData().getUserName()).isEqualTo(login);
            try (Statement st = app.createStatement()) {
                assertThat(st.executeQuery("select count(*) from audit_entry").next())
                        .isTrue();
            }
            assertRefused(app, "update audit_entry set detail = 'sửa' where seq = " + seq);
            assertRefused(app, "delete from audit_entry where seq = " + seq);
            assertRefused(app, "truncate audit_entry");
            assertRefused(app, "alter table audit_entry disable trigger audit_entry_no_update");

            app.setAutoCommit(false);
            try (PreparedStatement insert = app.prepareStatement("""
                    insert into audit_entry (organisation_id, at, actor, action, target, prev_hash, hash)
                    values (?, now(), 'probe', 'LOGIN', 'user:probe', ?, ?)""")) {
                insert.setLong(1, organisation);
                insert.setString(2, "0".repeat(64));
                insert.setString(3, "1".repeat(64));
                assertThat(insert.executeUpdate()).isEqualTo(1);
            } finally {
                app.rollback(); // the probe's row would break the organisation's chain
            }
        } finally {
            jdbc.sql("drop role " + login).update();
        }
    }

    private static void assertRefused(Connection app, String sql) {
        assertThatThrownBy(() -> {
                    try (Statement st = app.createStatement()) {
                        st.execute(sql);
                    }
                })
                .isInstanceOfSatisfying(
                        SQLException.class,
                        e -> assertThat(e.getSQLState())
                                .as(sql + ": " + e.getMessage())
                                .isEqualTo(INSUFFICIENT_PRIVILEGE));
    }
}
