package vn.dangbo.baocao.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class NotificationRepository {

    /** A user who receives a unit's notices, with an e-mail address when known. */
    record Recipient(long userId, String email) {}

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Recipient> usersOf(long unitId) {
        return jdbc.sql("select id, email from app_user where unit_id = ? and enabled order by id")
                .param(unitId)
                .query((rs, n) -> new Recipient(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /** The enabled administrators of an organisation (roles is a comma-separated list). */
    List<Recipient> administratorsOf(long organisationId) {
        return jdbc.sql("select id, email from app_user where organisation_id = ? and enabled "
                        + "and ',' || roles || ',' like '%,ADMIN,%' order by id")
                .param(organisationId)
                .query((rs, n) -> new Recipient(rs.getLong(1), rs.getString(2)))
                .list();
    }

    void insert(
            long organisationId,
            long userId,
            Long unitId,
            Long reportId,
            NotificationKind kind,
            String text,
            Instant at) {
        jdbc.sql("""
                insert into notification (organisation_id, user_id, unit_id, report_id, kind, text, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(organisationId, userId, unitId, reportId, kind.name(), text, Timestamp.from(at))
                .update();
    }

    List<Notification> ofUser(long userId, int limit) {
        return jdbc.sql("select * from notification where user_id = ? order by created_at desc, id desc limit ?")
                .params(userId, limit)
                .query(this::map)
                .list();
    }

    long unread(long userId) {
        return jdbc.sql("select count(*) from notification where user_id = ? and read_at is null")
                .param(userId)
                .query(Long.class)
                .single();
    }

    /** Marks one notice read; false when it is not this user's. */
    boolean markRead(long userId, long id, Instant at) {
        return jdbc.sql("update notification set read_at = coalesce(read_at, ?) where id = ? and user_id = ?")
                        .params(Timestamp.from(at), id, userId)
                        .update()
                == 1;
    }

    void markAllRead(long userId, Instant at) {
        jdbc.sql("update notification set read_at = ? where user_id = ? and read_at is null")
                .params(Timestamp.from(at), userId)
                .update();
    }

    private Notification map(ResultSet rs, int row) throws SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        long reportId = rs.getLong("report_id");
        return new Notification(
                rs.getLong("id"),
                rs.wasNull() ? null : reportId,
                NotificationKind.valueOf(rs.getString("kind")),
                rs.getString("text"),
                rs.getTimestamp("created_at").toInstant(),
                read == null ? null : read.toInstant());
    }
}
