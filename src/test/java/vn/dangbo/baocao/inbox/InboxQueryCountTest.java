package vn.dangbo.baocao.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.Organisation;
import vn.dangbo.baocao.identity.Role;
import vn.dangbo.baocao.identity.Unit;
import vn.dangbo.baocao.identity.UnitKind;
import vn.dangbo.baocao.report.Period;
import vn.dangbo.baocao.report.PeriodKind;
import vn.dangbo.baocao.report.Report;
import vn.dangbo.baocao.report.ReportStatus;
import vn.dangbo.baocao.report.ReportUnit;
import vn.dangbo.baocao.report.ReportWorkflow;
import vn.dangbo.baocao.report.Reports;
import vn.dangbo.baocao.report.SigningAuthority;
import vn.dangbo.baocao.report.TaskKind;
import vn.dangbo.baocao.report.UnitStatus;
import vn.dangbo.baocao.report.WorkTask;

/**
 * The inbox reads the same number of times whatever the number of tasks: one engine query, and one call each
 * to Reports.byProcessInstances (1 SQL statement) and unitsOf (2 SQL statements, see its code).
 * Counted at the repository boundary with mocks, so a per-row call (find, units, unit) would show.
 */
class InboxQueryCountTest {

    private static final Organisation ORG = new Organisation(
            1,
            "xh",
            "ĐẢNG ỦY XÃ XUÂN HƯNG",
            "ĐẢNG BỘ TỈNH",
            "Xuân Hưng",
            "ĐU",
            "Đảng ủy xã Xuân Hưng",
            LocalDate.of(2025, 7, 1));
    private static final Unit UBND = new Unit(10, 1, "ubnd", "Chi bộ Ủy ban nhân dân xã", UnitKind.CHI_BO);
    private static final Actor ACTOR = new Actor(5, "ubnd", "Nguyễn Văn A", ORG, UBND, Set.of(Role.UNIT), null);

    @ParameterizedTest
    @ValueSource(ints = {1, 40, 500})
    void sameReadsWhateverTheNumberOfTasks(int count) {
        ReportWorkflow workflow = mock(ReportWorkflow.class);
        Reports reports = mock(Reports.class);
        List<WorkTask> tasks = new ArrayList<>();
        List<Report> found = new ArrayList<>();
        Map<Long, List<ReportUnit>> units = new HashMap<>();
        for (int i = 1; i <= count; i++) {
            String pi = "pi-" + i;
            tasks.add(new WorkTask("t-" + i, TaskKind.CONTRIBUTE, pi, "xh.ubnd", null, Instant.EPOCH, null));
            int month = i % 12 + 1;
            found.add(new Report(
                    i,
                    1,
                    1,
                    new Period(PeriodKind.MONTH, 2026, month),
                    "Báo cáo " + i,
                    "",
                    Instant.EPOCH,
                    ReportStatus.COLLECTING,
                    List.of(),
                    1,
                    2,
                    pi,
                    null,
                    Instant.EPOCH,
                    SigningAuthority.STANDING_COMMITTEE));
            units.put(
                    (long) i,
                    List.of(new ReportUnit(
                            i,
                            UBND,
                            i % 2 == 0 ? UnitStatus.DRAFTING : UnitStatus.RETURNED,
                            Instant.EPOCH,
                            false,
                            null,
                            null,
                            List.of("ubnd"))));
        }
        when(workflow.openTasks(anyString(), anyCollection(), anyString())).thenReturn(tasks);
        when(reports.byProcessInstances(anyCollection())).thenReturn(found);
        when(reports.unitsOf(anyCollection())).thenReturn(units);
        InboxService inbox = new InboxService(
                workflow,
                reports,
                new Tasks(workflow, reports),
                List.of(),
                mock(DoneRepository.class),
                Clock.fixed(Instant.parse("2026-04-20T00:00:00Z"), ZoneOffset.UTC));

        assertThat(inbox.tasks(ACTOR)).hasSize(count);
        List<TaskView> returned = inbox.tasks(ACTOR, new TaskFilter(UnitStatus.RETURNED, 2026, null));
        assertThat(returned)
                .allMatch(t -> t.unitStatus() == UnitStatus.RETURNED)
                .hasSize((count + 1) / 2);

        verify(workflow, times(2)).openTasks(anyString(), anyCollection(), anyString());
        verify(reports, times(2)).byProcessInstances(anyCollection());
        verify(reports, times(2)).unitsOf(anyCollection());
        verifyNoMoreInteractions(workflow, reports);
    }

    @org.junit.jupiter.api.Test
    void monthFilterKeepsTheReportsOfThatMonth() {
        TaskFilter filter = new TaskFilter(null, 2026, 4);
        assertThat(filter.accepts(new Period(PeriodKind.MONTH, 2026, 4), UnitStatus.DRAFTING))
                .isTrue();
        assertThat(filter.accepts(new Period(PeriodKind.MONTH, 2026, 5), UnitStatus.DRAFTING))
                .isFalse();
        assertThat(filter.accepts(new Period(PeriodKind.QUARTER, 2026, 2), UnitStatus.DRAFTING))
                .isTrue();
        assertThat(filter.accepts(new Period(PeriodKind.MONTH, 2025, 4), UnitStatus.DRAFTING))
                .isFalse();
    }
}
