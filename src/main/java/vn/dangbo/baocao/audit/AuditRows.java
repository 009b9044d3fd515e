package vn.dangbo.baocao.audit;

import java.sql.ResultSet;
import java.sql.SQLException;

final class AuditRows {

    private AuditRows() {
    }

    static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        long reportIdValue = rs.getLong("report_id");
        // wasNull speaks of the last column read: ask it right away
        Long reportId = rs.wasNull() ? null : reportIdValue;
        return new AuditEntry(rs.getLong("seq"), rs.getLong("organisation_id"),
                rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("unit_code"),
                rs.getString("client_address"), rs.getString("action"), rs.getString("target"),
                reportId, rs.getString("detail"), rs.getString("content_hash"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }
}
