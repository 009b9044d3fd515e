package vn.dangbo.baocao.inbox;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.report.Period;
import vn.dangbo.baocao.report.PeriodKind;

/**
 * My unit's decisions, read from the audit trail (every submission is there, re-submissions included, where
 * report_unit keeps only the last). Two queries per page whatever its size, on a partial index (V9).
 */
@Repository
class DoneRepository {

    static final String DECISIONS =
            "'SUBMITTED', 'ACCEPTED', 'RETURNED', 'FORWARDED', 'APPROVED', " + "'RETURNED_BY_SIGNER'";

    private final JdbcClient jdbc;

    DoneRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<DoneItem> page(long organisationId, String unitCode, int page, int size) {
        return jdbc.sql("""
                select a.seq, a.action, a.report_id, r.title, r.period_kind, r.period_year, r.period_number,
                       a.target, a.actor, a.at
                from audit_entry a join report r on r.id = a.report_id
                where a.organisation_id = ? and a.unit_code = ? and a.action in (""" + DECISIONS + """
                )
                order by a.seq desc limit ? offset ?""")
                .params(organisationId, unitCode, size, (long) page * size)
                .query((rs, n) -> new DoneItem(
                        rs.getLong("seq"),
                        rs.getString("action"),
                        Messages.get("done.action." + rs.getString("action")),
                        rs.getLong("report_id"),
                        rs.getString("title"),
                        new Period(
                                        PeriodKind.valueOf(rs.getString("period_kind")),
                                        rs.getInt("period_year"),
                                        rs.getInt("period_number"))
                                .label(),
                        target(rs.getString("target")),
                        rs.getString("actor"),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }

    long count(long organisationId, String unitCode) {
        return jdbc.sql("select count(*) from audit_entry a where a.organisation_id = ? and a.unit_code = ? "
                        + "and a.action in (" + DECISIONS + ")")
                .params(organisationId, unitCode)
                .query(Long.class)
                .single();
    }

    /** "unit:ubnd" → "ubnd"; a report-level target has no unit. */
    private static String target(String target) {
        return target != null && target.startsWith("unit:") ? target.substring("unit:".length()) : null;
    }
}
