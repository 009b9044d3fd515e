package vn.dangbo.baocao;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.baocao.audit.AuditFilter;
import vn.dangbo.baocao.audit.AuditLog;
import vn.dangbo.baocao.audit.AuditPage;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.Role;
import vn.dangbo.baocao.inbox.InboxService;
import vn.dangbo.baocao.inbox.TaskView;
import vn.dangbo.baocao.issuance.IssuanceService;
import vn.dangbo.baocao.issuance.RegisterQuery;
import vn.dangbo.baocao.report.BoardService;
import vn.dangbo.baocao.report.ReportService;
import vn.dangbo.baocao.report.ReportView;
import vn.dangbo.baocao.report.TaskKind;

/**
 * Every list reads in a fixed number of SQL statements whatever the number of its rows (decision 0001), and a
 * unit's submission stays lean (issue 15): counted on the real database, the engine's statements included.
 */
@IntegrationTest
class QueryCountIT {

    /** Issue 15's budget for one submission, engine included (it was 51). */
    static final int SUBMIT_BUDGET = 30;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportService reports;

    @Autowired
    BoardService board;

    @Autowired
    IssuanceService issuance;

    @Autowired
    AuditLog audit;

    @Autowired
    InboxService inbox;

    @Test
    void listsReadTheSameNumberOfStatementsWhateverTheirRows() {
        TestCommune org =
                TestCommune.in(context).termStart(LocalDate.of(2025, 7, 1)).create();
        Scenario scenario = new Scenario(port, org.prefix());
        Actor office = org.office();
        Actor admin = new Actor(
                office.userId(),
                office.username(),
                office.fullName(),
                office.organisation(),
                office.unit(),
                Set.of(Role.ADMIN),
                null);

        long first = scenario.openReport(2026, 1);
        List<String> listOfOne = SqlStatements.count(() -> reports.list(office, null, null));
        List<String> boardBefore = SqlStatements.count(() -> board.board(office, first));
        List<String> emptyRegister = SqlStatements.count(() -> issuance.register(office, RegisterQuery.all()));

        for (int month = 2; month <= 5; month++) {
            scenario.openReport(2026, month);
        }
        issueDirectly(org, 3);
        for (String unit : List.of("ubnd", "congan", "truong")) {
            scenario.writeAll(unit, first, "Nội dung của " + unit);
        }
        scenario.submit("congan", first);
        scenario.submit("truong", first);

        SqlStatements.Counted<List<ReportView>> listOfFive =
                SqlStatements.counted(() -> reports.list(office, null, null));
        assertThat(listOfFive.result()).hasSize(5);
        assertThat(listOfFive.result()).filteredOn(r -> r.number() != null).hasSize(3);
        assertThat(listOfFive.statements()).hasSameSizeAs(listOfOne);

        SqlStatements.Counted<?> boardAfter = SqlStatements.counted(() -> board.board(office, first));
        assertThat(boardAfter.statements()).hasSameSizeAs(boardBefore);

        SqlStatements.Counted<List<?>> register =
                SqlStatements.counted(() -> List.copyOf(issuance.register(office, RegisterQuery.all())));
        assertThat(register.result()).hasSize(3);
        assertThat(register.statements()).hasSameSizeAs(emptyRegister).hasSize(1);

        SqlStatements.Counted<AuditPage> page =
                SqlStatements.counted(() -> audit.search(admin, AuditFilter.none(), null, 0, 5));
        assertThat(page.result().items()).hasSize(5);
        assertThat(page.result().hasNext()).isTrue();
        assertThat(page.statements()).hasSize(1).noneMatch(sql -> sql.contains("count("));
        SqlStatements.Counted<AuditPage> next = SqlStatements.counted(
                () -> audit.search(admin, AuditFilter.none(), page.result().nextBefore(), 1, 5));
        assertThat(next.statements()).hasSize(1);
        assertThat(next.result().items().get(0).seq())
                .isLessThan(page.result().items().get(4).seq());
    }

    @Test
    void aUnitSubmitsInAtMostThirtyStatements() {
        TestCommune org =
                TestCommune.in(context).termStart(LocalDate.of(2025, 7, 1)).create();
        Scenario scenario = new Scenario(port, org.prefix());
        long id = scenario.openReport(2026, 1);
        scenario.writeAll("ubnd", id, "Nội dung của ubnd");
        Actor unit = org.actor("ubnd");
        TaskView task = inbox.tasks(unit).stream()
                .filter(t -> t.reportId() == id && t.kind() == TaskKind.CONTRIBUTE)
                .findFirst()
                .orElseThrow();

        List<String> statements =
                SqlStatements.count(() -> inbox.complete(unit, task.id(), InboxService.Action.SUBMIT, null));

        assertThat(scenario.unitStatus(id, "ubnd")).isEqualTo("SUBMITTED");
        assertThat(statements)
                .as("statements of one submission:%n%s", String.join("\n", statements))
                .hasSizeLessThanOrEqualTo(SUBMIT_BUDGET);
    }

    /** Register lines for the organisation's first reports, as issuing would leave them (without the engine). */
    private void issueDirectly(TestCommune org, int count) {
        long organisationId = org.organisation().id();
        long register = jdbc.sql("""
                insert into register (organisation_id, issuer_code, document_type, term_start, next_number)
                values (?, 'ĐU', 'BC', ?, ?) returning id""")
                .params(organisationId, org.organisation().termStart(), count + 1)
                .query(Long.class)
                .single();
        List<Long> ids = jdbc.sql("select id from report where organisation_id = ? order by id limit ?")
                .params(organisationId, count)
                .query(Long.class)
                .list();
        for (int i = 0; i < ids.size(); i++) {
            jdbc.sql("""
                    insert into issued_document (organisation_id, register_id, number, symbol, report_id, title,
                                                 issued_on, file_name, sha256, content)
                    values (?, ?, ?, ?, ?, 'Báo cáo', current_date, 'bao-cao.docx', ?, ?)""")
                    .params(
                            organisationId,
                            register,
                            i + 1,
                            (i + 1) + "-BC/ĐU",
                            ids.get(i),
                            String.format("%064d", ids.get(i)),
                            new byte[] {1})
                    .update();
        }
    }
}
