package vn.dangbo.baocao.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangbo.baocao.identity.Unit;
import vn.dangbo.baocao.identity.UnitKind;

@Repository
class ReportRepository {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ReportRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public long insert(
            long organisationId,
            long templateId,
            Period period,
            String title,
            String basis,
            Instant deadline,
            List<String> recipients,
            long signerId,
            long officeUnitId,
            String createdBy,
            SigningAuthority authority) {
        return jdbc.sql("""
                insert into report (organisation_id, template_id, period_kind, period_year, period_number, title,
                                    basis, deadline, status, recipients, signer_id, office_unit_id, created_by,
                                    signing_authority)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?) returning id""")
                .params(
                        organisationId,
                        templateId,
                        period.kind().name(),
                        period.year(),
                        period.number(),
                        title,
                        basis,
                        Timestamp.from(deadline),
                        ReportStatus.COLLECTING.name(),
                        toJson(recipients),
                        signerId,
                        officeUnitId,
                        createdBy,
                        authority.name())
                .query(Long.class)
                .single();
    }

    /** Makes a second opening of the same period and template wait until the first one commits. */
    public void lockPeriod(long organisationId, String templateKey, Period period) {
        jdbc.sql("select 1 from pg_advisory_xact_lock(cast(? as int), hashtext(?))")
                .params(
                        organisationId,
                        "period:" + templateKey + ":" + period.kind() + ":" + period.year() + ":" + period.number())
                .query((rs, n) -> 1)
                .single();
    }

    /** The latest report of an organisation for a period and any version of a template, cancelled ones aside. */
    public Optional<Report> latestOfPeriod(long organisationId, String templateKey, Period period) {
        return jdbc.sql("""
                select r.* from report r join report_template t on t.id = r.template_id
                where r.organisation_id = ? and t.template_key = ? and r.period_kind = ? and r.period_year = ?
                  and r.period_number = ? and r.status <> ?
                order by r.created_at desc, r.id desc limit 1""")
                .params(
                        organisationId,
                        templateKey,
                        period.kind().name(),
                        period.year(),
                        period.number(),
                        ReportStatus.CANCELLED.name())
                .query(this::report)
                .optional();
    }

    public void setCorrection(long reportId, long replacesReportId, String reason) {
        jdbc.sql("update report set replaces_report_id = ?, correction_reason = ? where id = ?")
                .params(replacesReportId, reason, reportId)
                .update();
    }

    public void setProcessInstance(long reportId, String processInstanceId) {
        jdbc.sql("update report set process_instance_id = ? where id = ?")
                .params(processInstanceId, reportId)
                .update();
    }

    public Optional<Report> find(long id) {
        return jdbc.sql("select * from report where id = ?")
                .param(id)
                .query(this::report)
                .optional();
    }

    /** The report, locked for the rest of the transaction: state changes of one report happen one at a time. */
    public Optional<Report> lock(long id) {
        return jdbc.sql("select * from report where id = ? for update")
                .param(id)
                .query(this::report)
                .optional();
    }

    /**
     * The report, locked against changes of its state (cancel, consolidation) but not against other units'
     * work on their own parts, which may go on at the same time.
     */
    public Optional<Report> lockShared(long id) {
        return jdbc.sql("select * from report where id = ? for share")
                .param(id)
                .query(this::report)
                .optional();
    }

    public List<Report> list(long organisationId, ReportStatus status, Integer year) {
        StringBuilder sql = new StringBuilder("select * from report where organisation_id = ?");
        List<Object> params = new ArrayList<>(List.of(organisationId));
        if (status != null) {
            sql.append(" and status = ?");
            params.add(status.name());
        }
        if (year != null) {
            sql.append(" and period_year = ?");
            params.add(year);
        }
        sql.append(" order by created_at desc, id desc");
        return jdbc.sql(sql.toString()).params(params).query(this::report).list();
    }

    /**
     * The issued reports of an organisation made with any version of the template of a stored template row,
     * those replaced by an issued correction left out (a period counts once).
     */
    public List<Report> issuedOfSameTemplate(long organisationId, long templateRowId) {
        return jdbc.sql("""
                select r.* from report r join report_template t on t.id = r.template_id
                where r.organisation_id = ? and r.status = ? and t.organisation_id = r.organisation_id
                  and t.template_key = (select template_key from report_template where id = ?)
                  and not exists (select 1 from report c where c.replaces_report_id = r.id and c.status = 'ISSUED')
                order by r.period_year, r.period_number, r.id""")
                .params(organisationId, ReportStatus.ISSUED.name(), templateRowId)
                .query(this::report)
                .list();
    }

    public List<Report> byProcessInstances(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from report where process_instance_id in (:ids)")
                .param("ids", processInstanceIds)
                .query(this::report)
                .list();
    }

    /** Every organisation's reports counted by status, in one grouped query (the operators' metrics). */
    public List<StageCount> countByOrganisationAndStatus() {
        return jdbc.sql("""
                select o.code, r.status, count(r.id) from organisation o
                left join report r on r.organisation_id = o.id
                group by o.code, r.status""")
                .query((rs, n) -> new StageCount(
                        rs.getString(1),
                        rs.getString(2) == null ? null : ReportStatus.valueOf(rs.getString(2)),
                        rs.getLong(3)))
                .list();
    }

    void setStatus(long reportId, ReportStatus status) {
        jdbc.sql("update report set status = ?, updated_at = now() where id = ?")
                .params(status.name(), reportId)
                .update();
    }

    void cancel(long reportId, String reason) {
        jdbc.sql("update report set status = ?, cancel_reason = ?, updated_at = now() where id = ?")
                .params(ReportStatus.CANCELLED.name(), reason, reportId)
                .update();
    }

    public void insertUnit(long reportId, long unitId, Instant dueAt) {
        jdbc.sql("insert into report_unit (report_id, unit_id, status, due_at) values (?, ?, ?, ?)")
                .params(reportId, unitId, UnitStatus.NOT_STARTED.name(), Timestamp.from(dueAt))
                .update();
    }

    public void insertRole(long reportId, String roleKey, long unitId) {
        jdbc.sql("insert into report_role (report_id, role_key, unit_id) values (?, ?, ?)")
                .params(reportId, roleKey, unitId)
                .update();
    }

    public List<ReportUnit> units(long reportId) {
        return unitsOf(List.of(reportId)).getOrDefault(reportId, List.of());
    }

    /** The units of several reports, with their roles, in one query whatever their number. */
    public Map<Long, List<ReportUnit>> unitsOf(Collection<Long> reportIds) {
        Map<Long, List<ReportUnit>> byReport = new HashMap<>();
        if (reportIds.isEmpty()) {
            return byReport;
        }
        jdbc.sql("""
                select ru.*, u.organisation_id, u.code, u.name, u.kind,
                       array(select rr.role_key from report_role rr
                             where rr.report_id = ru.report_id and rr.unit_id = ru.unit_id
                             order by rr.role_key) as role_keys
                from report_unit ru join unit u on u.id = ru.unit_id
                where ru.report_id in (:ids) order by ru.report_id, u.id""").param("ids", reportIds).query(rs -> {
            long reportId = rs.getLong("report_id");
            Unit unit = new Unit(
                    rs.getLong("unit_id"),
                    rs.getLong("organisation_id"),
                    rs.getString("code"),
                    rs.getString("name"),
                    UnitKind.valueOf(rs.getString("kind")));
            Timestamp submittedAt = rs.getTimestamp("submitted_at");
            byReport.computeIfAbsent(reportId, k -> new ArrayList<>())
                    .add(new ReportUnit(
                            reportId,
                            unit,
                            UnitStatus.valueOf(rs.getString("status")),
                            rs.getTimestamp("due_at").toInstant(),
                            rs.getBoolean("overdue"),
                            rs.getString("submitted_by"),
                            submittedAt == null ? null : submittedAt.toInstant(),
                            List.of((String[]) rs.getArray("role_keys").getArray())));
        });
        return byReport;
    }

    /**
     * A unit's part of the report of a process instance, read and locked in one statement: the report in share
     * mode (other units work on at the same time, a change of its state waits), the unit's own row exclusively.
     */
    public Optional<ReportAccess.OwnPart> lockOwnPart(String processInstanceId, String unitCode) {
        return jdbc.sql("""
                select r.*, ru.unit_id, ru.status as unit_status, ru.due_at, ru.overdue, ru.submitted_by,
                       ru.submitted_at, u.code as unit_code, u.name as unit_name, u.kind as unit_kind,
                       array(select rr.role_key from report_role rr
                             where rr.report_id = r.id and rr.unit_id = ru.unit_id order by rr.role_key) as role_keys
                from report r
                join report_unit ru on ru.report_id = r.id
                join unit u on u.id = ru.unit_id and u.organisation_id = r.organisation_id
                where r.process_instance_id = ? and u.code = ?
                for share of r for update of ru""")
                .params(processInstanceId, unitCode)
                .query((rs, n) -> {
                    Report report = report(rs, n);
                    Timestamp submittedAt = rs.getTimestamp("submitted_at");
                    Unit unit = new Unit(
                            rs.getLong("unit_id"),
                            report.organisationId(),
                            rs.getString("unit_code"),
                            rs.getString("unit_name"),
                            UnitKind.valueOf(rs.getString("unit_kind")));
                    return new ReportAccess.OwnPart(
                            report,
                            new ReportUnit(
                                    report.id(),
                                    unit,
                                    UnitStatus.valueOf(rs.getString("unit_status")),
                                    rs.getTimestamp("due_at").toInstant(),
                                    rs.getBoolean("overdue"),
                                    rs.getString("submitted_by"),
                                    submittedAt == null ? null : submittedAt.toInstant(),
                                    List.of((String[]) rs.getArray("role_keys").getArray())));
                })
                .optional();
    }

    public Optional<ReportUnit> unit(long reportId, long unitId) {
        return units(reportId).stream().filter(u -> u.unit().id() == unitId).findFirst();
    }

    /** Serialises the work of one unit on one report (two people of the same chi bộ submitting at once). */
    public void lockUnit(long reportId, long unitId) {
        jdbc.sql("select 1 from report_unit where report_id = ? and unit_id = ? for update")
                .params(reportId, unitId)
                .query((rs, n) -> 1)
                .optional();
    }

    void setUnitStatus(long reportId, long unitId, UnitStatus status) {
        jdbc.sql("update report_unit set status = ? where report_id = ? and unit_id = ?")
                .params(status.name(), reportId, unitId)
                .update();
    }

    void markSubmitted(long reportId, long unitId, String username, Instant at) {
        jdbc.sql("""
                update report_unit set status = ?, submitted_by = ?, submitted_at = ?
                where report_id = ? and unit_id = ?""")
                .params(UnitStatus.SUBMITTED.name(), username, Timestamp.from(at), reportId, unitId)
                .update();
    }

    /** Flags a unit overdue; false when it already was (the flag is lifted only by a later deadline). */
    public boolean markOverdueOnce(long reportId, long unitId) {
        return jdbc.sql("update report_unit set overdue = true where report_id = ? and unit_id = ? and not overdue")
                        .params(reportId, unitId)
                        .update()
                == 1;
    }

    /** Records the reminder of a unit; false when it was already reminded for its current deadline. */
    public boolean markRemindedOnce(long reportId, long unitId, Instant at) {
        return jdbc.sql("""
                update report_unit set reminded_at = ? where report_id = ? and unit_id = ? and reminded_at is null""").params(Timestamp.from(at), reportId, unitId).update() == 1;
    }

    /** A new deadline for one unit; a later date lifts the overdue flag and allows a new reminder. */
    public void setUnitDeadline(long reportId, long unitId, Instant dueAt, boolean later) {
        jdbc.sql("""
                update report_unit set due_at = ?,
                       overdue = case when ? then false else overdue end,
                       reminded_at = case when ? then null else reminded_at end
                where report_id = ? and unit_id = ?""")
                .params(Timestamp.from(dueAt), later, later, reportId, unitId)
                .update();
    }

    public void setDeadline(long reportId, Instant deadline) {
        jdbc.sql("update report set deadline = ?, updated_at = now() where id = ?")
                .params(Timestamp.from(deadline), reportId)
                .update();
    }

    public void setRole(long reportId, String roleKey, long unitId) {
        jdbc.sql("update report_role set unit_id = ? where report_id = ? and role_key = ?")
                .params(unitId, reportId, roleKey)
                .update();
    }

    /** Hands a unit's place in a report to another unit, which starts afresh with the same deadline. */
    public void replaceUnit(long reportId, long fromUnitId, long toUnitId) {
        jdbc.sql("""
                update report_unit set unit_id = ?, status = ?, submitted_by = null, submitted_at = null,
                       reminded_at = null
                where report_id = ? and unit_id = ?""")
                .params(toUnitId, UnitStatus.NOT_STARTED.name(), reportId, fromUnitId)
                .update();
    }

    public void deleteUnit(long reportId, long unitId) {
        jdbc.sql("delete from report_unit where report_id = ? and unit_id = ?")
                .params(reportId, unitId)
                .update();
    }

    void insertComment(long reportId, Long unitId, String stage, String author, String body) {
        jdbc.sql("insert into report_comment (report_id, unit_id, stage, author, body) values (?, ?, ?, ?, ?)")
                .params(reportId, unitId, stage, author, body)
                .update();
    }

    public Optional<ReportComment> lastComment(long reportId, Long unitId, String stage) {
        String unitClause = unitId == null ? "unit_id is null" : "unit_id = ?";
        List<Object> params = new ArrayList<>(List.of(reportId, stage));
        if (unitId != null) {
            params.add(unitId);
        }
        return jdbc.sql("""
                        select c.author, c.body, c.created_at, u.full_name from report_comment c
                        left join app_user u on u.username = c.author
                        where c.report_id = ? and c.stage = ? and c.""" + unitClause + " order by c.id desc limit 1")
                .params(params)
                .query((rs, n) -> new ReportComment(
                        rs.getString("author"),
                        rs.getString("body"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("full_name")))
                .optional();
    }

    private Report report(ResultSet rs, int row) throws SQLException {
        return new Report(
                rs.getLong("id"),
                rs.getLong("organisation_id"),
                rs.getLong("template_id"),
                new Period(
                        PeriodKind.valueOf(rs.getString("period_kind")),
                        rs.getInt("period_year"),
                        rs.getInt("period_number")),
                rs.getString("title"),
                rs.getString("basis"),
                rs.getTimestamp("deadline").toInstant(),
                ReportStatus.valueOf(rs.getString("status")),
                fromJson(rs.getString("recipients")),
                rs.getLong("signer_id"),
                rs.getLong("office_unit_id"),
                rs.getString("process_instance_id"),
                rs.getString("cancel_reason"),
                rs.getTimestamp("created_at").toInstant(),
                SigningAuthority.valueOf(rs.getString("signing_authority")),
                (Long) rs.getObject("replaces_report_id"),
                rs.getString("correction_reason"));
    }

    private String toJson(List<String> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> fromJson(String text) {
        try {
            return json.readValue(text, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
