package vn.dangbo.baocao.audit;

import java.sql.ResultSet;
import java.sql.SQLException;

final class AuditRows {

    private AuditRows() {}

    static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getLong("seq"),
                rs.getLong("organisation_id"),
                rs.getTimestamp("at").toInstant(),
                rs.getString("actor"),
                rs.getString("unit_code"),
                rs.getString("client_address"),
                rs.getString("action"),
                rs.getString("target"),
                rs.getObject("report_id", Long.class),
                rs.getString("detail"),
                rs.getString("content_hash"),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }
}
