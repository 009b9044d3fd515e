package vn.dangbo.baocao.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.audit.AuditAction;
import vn.dangbo.baocao.notification.NotificationKind;
import vn.dangbo.baocao.report.PeriodKind;
import vn.dangbo.baocao.report.ReportStatus;
import vn.dangbo.baocao.report.UnitStatus;

/**
 * The database refuses what the application does not know (V14), and accepts everything it does: each Java
 * enum's values against its check constraint, in transactions that are rolled back.
 */
@IntegrationTest
class ConstraintsIT {

    private static final String HASH = "0".repeat(64);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void reportStatusesAndPeriodKinds() {
        for (String status : names(ReportStatus.values())) {
            assertThat(accepts(f -> update("update report set status = ? where id = ?", status, f.report())))
                    .as(status)
                    .isTrue();
        }
        for (String kind : names(PeriodKind.values())) {
            assertThat(accepts(f -> update("update report set period_kind = ? where id = ?", kind, f.report())))
                    .as(kind)
                    .isTrue();
        }
        assertThat(accepts(f -> update("update report set status = 'DONE' where id = ?", f.report())))
                .isFalse();
        assertThat(accepts(f -> update("update report set period_kind = 'WEEK' where id = ?", f.report())))
                .isFalse();
    }

    @Test
    void unitStatusesAndCommentStages() {
        for (String status : names(UnitStatus.values())) {
            assertThat(accepts(
                            f -> update("update report_unit set status = ? where report_id = ?", status, f.report())))
                    .as(status)
                    .isTrue();
        }
        assertThat(accepts(f -> update("update report_unit set status = 'LATE' where report_id = ?", f.report())))
                .isFalse();
        for (String stage : List.of("REVIEW", "APPROVAL")) {
            assertThat(accepts(f -> comment(f, stage))).as(stage).isTrue();
        }
        assertThat(accepts(f -> comment(f, "ISSUE"))).isFalse();
    }

    @Test
    void auditActionsAndTheReportTheyName() {
        for (String action : names(AuditAction.values())) {
            assertThat(accepts(f -> audit(f, action, f.report()))).as(action).isTrue();
        }
        assertThat(accepts(f -> audit(f, "DELETED", f.report()))).isFalse();
        assertThat(accepts(f -> audit(f, AuditAction.SUBMITTED.name(), -1L)))
                .as("an entry naming a report that does not exist")
                .isFalse();
    }

    @Test
    void notificationKinds() {
        for (String kind : names(NotificationKind.values())) {
            assertThat(accepts(f -> notification(f, kind))).as(kind).isTrue();
        }
        assertThat(accepts(f -> notification(f, "SPAM"))).isFalse();
    }

    private record Fixture(long organisation, long user, long report) {}

    /** Whether the statement succeeds on a fresh organisation with one report; nothing is kept. */
    private boolean accepts(Function<Fixture, Integer> statement) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            status.setRollbackOnly();
            Fixture fixture = fixture();
            try {
                statement.apply(fixture);
                return true;
            } catch (DataIntegrityViolationException e) {
                return false;
            }
        }));
    }

    private Fixture fixture() {
        String code = "ck" + System.nanoTime();
        long org = id("""
                insert into organisation (code, name, superior_name, place_name, issuer_code, short_name, term_start)
                values (?, 'ĐẢNG ỦY XÃ', 'ĐẢNG BỘ TỈNH', 'Xã', 'ĐU', 'Đảng ủy xã', date '2025-07-01') returning id""", code);
        long unit = id(
                "insert into unit (organisation_id, code, name, kind) values (?, 'vp', 'Văn phòng', 'OFFICE') returning id",
                org);
        long user = id("""
                insert into app_user (organisation_id, username, password_hash, full_name, unit_id, roles)
                values (?, ?, 'x', 'Người thử', ?, 'OFFICE') returning id""", org, code, unit);
        long template = id("""
                insert into report_template (organisation_id, template_key, version, title, source, created_by)
                values (?, 'mau', 1, 'Mẫu', 'x', 'thu') returning id""", org);
        long report = id("""
                insert into report (organisation_id, template_id, period_kind, period_year, period_number, title, basis,
                                    deadline, status, recipients, signer_id, office_unit_id, created_by)
                values (?, ?, 'MONTH', 2026, 1, 'Báo cáo', 'Căn cứ', now(), 'COLLECTING', '[]', ?, ?, 'thu')
                returning id""", org, template, user, unit);
        update(
                "insert into report_unit (report_id, unit_id, status, due_at) values (?, ?, 'NOT_STARTED', now())",
                report,
                unit);
        return new Fixture(org, user, report);
    }

    private int comment(Fixture f, String stage) {
        return update(
                "insert into report_comment (report_id, stage, author, body) values (?, ?, 'thu', 'Ý kiến')",
                f.report(),
                stage);
    }

    private int audit(Fixture f, String action, long reportId) {
        return update("""
                insert into audit_entry (organisation_id, at, actor, action, target, report_id, prev_hash, hash)
                values (?, now(), 'thu', ?, 'report:1', ?, ?, ?)""", f.organisation(), action, reportId, HASH, HASH);
    }

    private int notification(Fixture f, String kind) {
        return update(
                "insert into notification (organisation_id, user_id, kind, text) values (?, ?, ?, 'Thông báo')",
                f.organisation(),
                f.user(),
                kind);
    }

    private long id(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private int update(String sql, Object... params) {
        return jdbc.sql(sql).params(params).update();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
