package vn.dangbo.baocao.contribution;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangbo.baocao.report.Report;

/** The earlier report of the same template (any version) to which a unit's part was accepted. */
@Repository
class PreviousReports {

    record Previous(long id, String title) {}

    private final JdbcClient jdbc;

    PreviousReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Previous> lastAccepted(Report report, long unitId) {
        return jdbc.sql("""
                select r.id, r.title from report r
                join report_template t on t.id = r.template_id
                join report_template mine on mine.id = :templateRow and mine.template_key = t.template_key
                join report_unit ru on ru.report_id = r.id and ru.unit_id = :unit and ru.status = 'ACCEPTED'
                where r.organisation_id = :org and r.id <> :report and r.status <> 'CANCELLED'
                  and r.period_kind = :kind
                  and (r.period_year < :year or r.period_year = :year and r.period_number < :number)
                order by r.period_year desc, r.period_number desc, r.id desc limit 1""")
                .param("templateRow", report.templateId())
                .param("unit", unitId)
                .param("org", report.organisationId())
                .param("report", report.id())
                .param("kind", report.period().kind().name())
                .param("year", report.period().year())
                .param("number", report.period().number())
                .query((rs, n) -> new Previous(rs.getLong(1), rs.getString(2)))
                .optional();
    }
}
