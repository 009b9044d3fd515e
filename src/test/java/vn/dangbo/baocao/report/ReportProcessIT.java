package vn.dangbo.baocao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Jobs;
import vn.dangbo.baocao.TestCommune;
import vn.dangbo.baocao.contribution.ContributionService;
import vn.dangbo.baocao.contribution.SectionItem;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.inbox.InboxService;
import vn.dangbo.baocao.inbox.InboxService.Action;
import vn.dangbo.baocao.notification.Notification;
import vn.dangbo.baocao.notification.NotificationKind;
import vn.dangbo.baocao.notification.NotificationService;

/**
 * Every path of bpmn/report-lifecycle.bpmn on the real engine and services: both return loops, the reminder and
 * overdue timers (by moving the engine clock and running the timer jobs, never by waiting), deadline extension,
 * reassignment and cancelling at each stage. Runs in a commune of its own (chi bộ a–d), with the job executor off:
 * jobs run here, and a timer fires by moving the engine clock for that one job.
 */
@IntegrationTest
class ReportProcessIT {

    @RegisterExtension
    ProcessEngineExtension extension =
            new ProcessEngineExtension(); // the engine is the application's, set before each test

    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    ReportService reports;

    @Autowired
    DeadlineService deadlines;

    @Autowired
    AssignmentService assignments;

    @Autowired
    BoardService boards;

    @Autowired
    ContributionService contributions;

    @Autowired
    InboxService inbox;

    @Autowired
    NotificationService notifications;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    /** Chi bộ a and b each write one section ("role:a", "role:b"), the office the assessment. */
    private static final String TEMPLATE = """
            id: thu-nghiem
            title: Báo cáo thử nghiệm
            subject:
              - Báo cáo thử nghiệm
              - "{period}"
            closing: Trân trọng báo cáo./.
            sections:
              - code: A
                heading: PHẦN CỦA CHI BỘ A
                owner: role:a
                items:
                  - {code: A.1, heading: Kết quả}
              - code: B
                heading: PHẦN CỦA CHI BỘ B
                owner: role:b
                items:
                  - {code: B.1, heading: Kết quả}
              - code: C
                heading: ĐÁNH GIÁ CHUNG
                owner: office
                items:
                  - {code: C.1, heading: Đánh giá}
            """;

    private static TestCommune fixture;
    private static int month;
    private final Jobs jobs = Jobs.ofEngine();

    @BeforeEach
    void setUp() {
        extension.setProcessEngine(engine);
        BpmnAwareTests.init(engine);
        if (fixture == null) {
            fixture = TestCommune.in(context)
                    .chiBo("a", "b", "c", "d")
                    .templates(TEMPLATE)
                    .create();
        }
    }

    @Test
    void officeReturnSendsTheUnitBackToWritingAndAcceptingEveryUnitStartsConsolidation() {
        Opened r = open();
        write("a", r.id, "A", "Bản đầu");
        complete("a", contribute(r, "a"), Action.SUBMIT, null);
        assertThat(r.instance).isWaitingAt(ReportProcess.CONTRIBUTE, ReportProcess.REVIEW);

        complete("vanphong", review(r, "a"), Action.RETURN, "Bổ sung số liệu.");
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(r.pi())
                        .taskDefinitionKey(ReportProcess.REVIEW)
                        .count())
                .isZero();
        assertThat(unitStatus(r, "a")).isEqualTo(UnitStatus.RETURNED);
        write("a", r.id, "A", "Bản đã bổ sung");
        complete("a", contribute(r, "a"), Action.SUBMIT, null);
        write("b", r.id, "B", "Phần của B");
        complete("b", contribute(r, "b"), Action.SUBMIT, null);
        complete("vanphong", review(r, "a"), Action.ACCEPT, null);
        complete("vanphong", review(r, "b"), Action.ACCEPT, null);
        runJobs(r);

        assertThat(r.instance).isWaitingAtExactly(ReportProcess.CONSOLIDATE);
        assertThat(status(r)).isEqualTo(ReportStatus.CONSOLIDATING);
    }

    @Test
    void signerReturnSendsTheDraftBackToConsolidationAndApprovalIssuesIt() {
        Opened r = open();
        toConsolidation(r);
        writeOffice(r, "Đánh giá chung");
        complete("vanphong", single(r, ReportProcess.CONSOLIDATE), Action.FORWARD, null);
        assertThat(r.instance).isWaitingAtExactly(ReportProcess.APPROVE);
        assertThat(BpmnAwareTests.task(r.instance))
                .isAssignedTo(fixture.actor("bithu").username());

        complete("bithu", single(r, ReportProcess.APPROVE), Action.RETURN, "Viết ngắn gọn hơn.");
        assertThat(r.instance).isWaitingAtExactly(ReportProcess.CONSOLIDATE);
        assertThat(status(r)).isEqualTo(ReportStatus.CONSOLIDATING);
        complete("vanphong", single(r, ReportProcess.CONSOLIDATE), Action.FORWARD, null);
        complete("bithu", single(r, ReportProcess.APPROVE), Action.APPROVE, null);
        runJobs(r);

        // no activity history is kept (decision 0010): the status and the number show it went through issuing
        assertThat(r.instance).isEnded();
        assertThat(status(r)).isEqualTo(ReportStatus.ISSUED);
        assertThat(issuedNumbers(r)).hasSize(1);
    }

    @Test
    void reminderTimerNotifiesTheUnitOnceAndLeavesItsTaskOpen() {
        Opened r = open();
        Job reminder = timer(r, "a", ReportProcess.REMINDER_TIMER);
        fireAt(reminder);

        assertThat(r.instance).isWaitingAt(ReportProcess.CONTRIBUTE);
        assertThat(contributeTask(r, "a")).isNotNull();
        assertThat(kinds("a", r)).containsOnlyOnce(NotificationKind.REMINDER);
        deadlines.remind(r.id, fixture.group("a"));
        assertThat(kinds("a", r)).containsOnlyOnce(NotificationKind.REMINDER);
        assertThat(timers(r, "a", ReportProcess.REMINDER_TIMER)).isEmpty();
        assertThat(timers(r, "a", ReportProcess.OVERDUE_TIMER)).hasSize(1);
    }

    @Test
    void deadlineTimerFlagsTheUnitOverdueForTheUnitAndTheOffice() {
        Opened r = open();
        fireAt(timer(r, "a", ReportProcess.OVERDUE_TIMER));

        assertThat(unit(r, "a").overdue()).isTrue();
        assertThat(unit(r, "b").overdue()).isFalse();
        assertThat(kinds("a", r)).contains(NotificationKind.OVERDUE);
        assertThat(kinds("vanphong", r)).containsOnlyOnce(NotificationKind.OVERDUE);
        assertThat(contribute(r, "a")).isNotNull();
        ProgressBoard board = boards.board(fixture.actor("vanphong"), r.id);
        assertThat(board.units())
                .filteredOn(u -> u.unitCode().equals("a"))
                .singleElement()
                .satisfies(u -> assertThat(u.overdue()).isTrue());
        assertThat(board.units())
                .filteredOn(u -> u.unitCode().equals("b"))
                .singleElement()
                .satisfies(u -> assertThat(u.overdue()).isFalse());
    }

    @Test
    void extendingOneUnitsDeadlineMovesItsTaskAndTimersButNotTheOthers() {
        Opened r = open();
        Instant later = r.deadline.plus(Duration.ofDays(5));
        deadlines.extendDeadline(fixture.actor("vanphong"), r.id, "a", later);

        assertThat(contributeTask(r, "a").getDueDate()).isEqualTo(Date.from(later));
        assertThat(timer(r, "a", ReportProcess.OVERDUE_TIMER).getDuedate()).isEqualTo(Date.from(later));
        assertThat(timer(r, "a", ReportProcess.REMINDER_TIMER).getDuedate())
                .isEqualTo(Date.from(later.minus(Duration.ofDays(1))));
        assertThat(timer(r, "b", ReportProcess.OVERDUE_TIMER).getDuedate()).isEqualTo(Date.from(r.deadline));
        assertThat(contributeTask(r, "b").getDueDate()).isEqualTo(Date.from(r.deadline));
        assertThat(unit(r, "a").dueAt()).isEqualTo(later);
        assertThat(kinds("a", r)).contains(NotificationKind.DEADLINE_CHANGED);
    }

    @Test
    void extendingAfterTheDeadlineLiftsTheOverdueFlagAndSetsNewTimers() {
        Opened r = open();
        fireAt(timer(r, "a", ReportProcess.REMINDER_TIMER));
        fireAt(timer(r, "a", ReportProcess.OVERDUE_TIMER));
        assertThat(unit(r, "a").overdue()).isTrue();

        Instant later = r.deadline.plus(Duration.ofDays(3));
        deadlines.extendDeadline(fixture.actor("vanphong"), r.id, null, later);

        assertThat(unit(r, "a").overdue()).isFalse();
        assertThat(reports.get(fixture.actor("vanphong"), r.id).deadline()).isEqualTo(later);
        assertThat(timer(r, "a", ReportProcess.OVERDUE_TIMER).getDuedate()).isEqualTo(Date.from(later));
        assertThat(timer(r, "b", ReportProcess.OVERDUE_TIMER).getDuedate()).isEqualTo(Date.from(later));
        assertThat(contributeTask(r, "a").getDueDate()).isEqualTo(Date.from(later));
        fireAt(timer(r, "a", ReportProcess.OVERDUE_TIMER));
        assertThat(unit(r, "a").overdue()).isTrue();
    }

    @Test
    void reassigningARoleMovesTheOpenTaskToTheNewUnitsGroup() {
        Opened r = open();
        write("b", r.id, "B", "Bản nháp của B");
        assignments.reassign(fixture.actor("vanphong"), r.id, "b", "c");

        Task moved = contributeTask(r, "c");
        assertThat(moved).isNotNull();
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(r.pi())
                        .taskCandidateGroup(fixture.group("b"))
                        .count())
                .isZero();
        assertThat(r.instance).isWaitingAt(ReportProcess.CONTRIBUTE);
        assertThat(BpmnAwareTests.task(tasks.createTaskQuery().taskId(moved.getId())))
                .hasCandidateGroup(fixture.group("c"));
        assertThat(timers(r, "c", ReportProcess.OVERDUE_TIMER)).hasSize(1);
        assertThat(unit(r, "c").roleKeys()).containsExactly("b");
        assertThat(reports.get(fixture.actor("vanphong"), r.id).units())
                .extracting(ReportView.UnitView::unitCode)
                .containsExactlyInAnyOrder("a", "c");

        write("c", r.id, "B", "Phần B do chi bộ C viết");
        complete("c", moved.getId(), Action.SUBMIT, null);
        write("a", r.id, "A", "Phần của A");
        complete("a", contribute(r, "a"), Action.SUBMIT, null);
        complete("vanphong", review(r, "c"), Action.ACCEPT, null);
        complete("vanphong", review(r, "a"), Action.ACCEPT, null);
        runJobs(r);
        assertThat(r.instance).isWaitingAtExactly(ReportProcess.CONSOLIDATE);
    }

    @Test
    void reassigningARoleToAUnitAlreadyWritingEndsTheTaskOfTheUnitLeftWithoutAPart() {
        Opened r = open();
        // unit a already writes role "a"; giving it role "b" too removes b's only part
        assignments.reassign(fixture.actor("vanphong"), r.id, "b", "a");
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(r.pi())
                        .taskDefinitionKey(ReportProcess.CONTRIBUTE)
                        .count())
                .isEqualTo(1);
        assertThat(unit(r, "a").roleKeys()).containsExactlyInAnyOrder("a", "b");
        write("a", r.id, "A", "Phần A");
        write("a", r.id, "B", "Phần B");
        complete("a", contribute(r, "a"), Action.SUBMIT, null);
        complete("vanphong", review(r, "a"), Action.ACCEPT, null);
        runJobs(r);
        assertThat(r.instance).isWaitingAtExactly(ReportProcess.CONSOLIDATE);
    }

    @Test
    void cancellingWhileCollectingEndsEveryTaskAndTakesNoNumber() {
        Opened r = open();
        write("a", r.id, "A", "Bản đầu");
        complete("a", contribute(r, "a"), Action.SUBMIT, null);
        cancelAndCheck(r);
    }

    @Test
    void cancellingWhileConsolidatingEndsEveryTaskAndTakesNoNumber() {
        Opened r = open();
        toConsolidation(r);
        cancelAndCheck(r);
    }

    @Test
    void cancellingWhileAwaitingApprovalEndsEveryTaskAndTakesNoNumber() {
        Opened r = open();
        toConsolidation(r);
        writeOffice(r, "Đánh giá");
        complete("vanphong", single(r, ReportProcess.CONSOLIDATE), Action.FORWARD, null);
        assertThat(status(r)).isEqualTo(ReportStatus.AWAITING_APPROVAL);
        cancelAndCheck(r);
    }

    // --- steps

    private record Opened(long id, ProcessInstance instance, Instant deadline) {
        String pi() {
            return instance.getId();
        }
    }

    /** A report whose reminder is due in two minutes and deadline one day later: moving the engine clock
     *  that little makes no other test's timer due. */
    private Opened open() {
        Instant deadline = Instant.now()
                .plus(Duration.ofDays(1))
                .plus(Duration.ofMinutes(2))
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        long id = reports.open(
                fixture.actor("vanphong"),
                new OpenReport(
                        "thu-nghiem",
                        new Period(PeriodKind.MONTH, 2026, 1 + month++ % 12),
                        null,
                        "Căn cứ thử nghiệm.",
                        deadline,
                        Map.of("a", "a", "b", "b"),
                        null,
                        List.of("Lưu Văn phòng Đảng ủy."),
                        fixture.actor("bithu").username(),
                        null,
                        null));
        String pi = processInstanceOf(id);
        return new Opened(
                id, runtime.createProcessInstanceQuery().processInstanceId(pi).singleResult(), deadline);
    }

    private void toConsolidation(Opened r) {
        write("a", r.id, "A", "Phần của A");
        complete("a", contribute(r, "a"), Action.SUBMIT, null);
        write("b", r.id, "B", "Phần của B");
        complete("b", contribute(r, "b"), Action.SUBMIT, null);
        complete("vanphong", review(r, "a"), Action.ACCEPT, null);
        complete("vanphong", review(r, "b"), Action.ACCEPT, null);
        runJobs(r);
        assertThat(r.instance).isWaitingAtExactly(ReportProcess.CONSOLIDATE);
    }

    private void cancelAndCheck(Opened r) {
        long registerBefore = registerTotal();
        reports.cancel(fixture.actor("vanphong"), r.id, "Kỳ báo cáo được gộp vào kỳ sau.");
        assertThat(r.instance).isEnded();
        assertThat(tasks.createTaskQuery().processInstanceId(r.pi()).count()).isZero();
        assertThat(management.createJobQuery().processInstanceId(r.pi()).count())
                .isZero();
        assertThat(status(r)).isEqualTo(ReportStatus.CANCELLED);
        assertThat(issuedNumbers(r)).isEmpty();
        assertThat(registerTotal()).as("no number taken").isEqualTo(registerBefore);
    }

    private void write(String unit, long reportId, String section, String text) {
        Actor actor = fixture.actor(unit);
        int version = contributions.section(actor, reportId, section, null).version();
        contributions.save(
                actor,
                reportId,
                section,
                null,
                List.of(new SectionItem(section + ".1", text, Map.of())),
                version,
                false);
    }

    private void writeOffice(Opened r, String text) {
        write("vanphong", r.id, "C", text);
    }

    private void complete(String actor, String taskId, Action action, String comment) {
        inbox.complete(fixture.actor(actor), taskId, action, comment);
    }

    /** Runs the process's due asynchronous jobs (the join, issuing) here: the test context has no job executor. */
    private void runJobs(Opened r) {
        jobs.runDue(r.pi());
    }

    private void fireAt(Job timer) {
        jobs.fire(timer);
    }

    private String contribute(Opened r, String unit) {
        return contributeTask(r, unit).getId();
    }

    private Task contributeTask(Opened r, String unit) {
        return tasks.createTaskQuery()
                .processInstanceId(r.pi())
                .taskDefinitionKey(ReportProcess.CONTRIBUTE)
                .taskCandidateGroup(fixture.group(unit))
                .singleResult();
    }

    private String review(Opened r, String unit) {
        return tasks.createTaskQuery().processInstanceId(r.pi()).taskDefinitionKey(ReportProcess.REVIEW).list().stream()
                .filter(t -> fixture.group(unit).equals(t.getDescription()))
                .findFirst()
                .orElseThrow()
                .getId();
    }

    private String single(Opened r, String key) {
        return tasks.createTaskQuery()
                .processInstanceId(r.pi())
                .taskDefinitionKey(key)
                .singleResult()
                .getId();
    }

    private Job timer(Opened r, String unit, String activity) {
        List<Job> found = timers(r, unit, activity);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private List<Job> timers(Opened r, String unit, String activity) {
        return management.createJobQuery().processInstanceId(r.pi()).activityId(activity).list().stream()
                .filter(j ->
                        fixture.group(unit).equals(runtime.getVariable(j.getExecutionId(), ReportProcess.UNIT_GROUP)))
                .toList();
    }

    private List<NotificationKind> kinds(String actor, Opened r) {
        return notifications.mine(fixture.actor(actor)).stream()
                .filter(n -> Long.valueOf(r.id).equals(n.reportId()))
                .map(Notification::kind)
                .toList();
    }

    private ReportStatus status(Opened r) {
        return reports.get(fixture.actor("vanphong"), r.id).status();
    }

    private ReportView.UnitView unitView(Opened r, String unit) {
        return reports.get(fixture.actor("vanphong"), r.id).units().stream()
                .filter(u -> u.unitCode().equals(unit))
                .findFirst()
                .orElseThrow();
    }

    private UnitStatus unitStatus(Opened r, String unit) {
        return unitView(r, unit).status();
    }

    private UnitInfo unit(Opened r, String unit) {
        ReportView.UnitView v = unitView(r, unit);
        return new UnitInfo(v.overdue(), v.dueAt(), v.roles());
    }

    private record UnitInfo(boolean overdue, Instant dueAt, List<String> roleKeys) {}

    private List<String> issuedNumbers(Opened r) {
        return jdbc.sql("select symbol from issued_document where report_id = ?")
                .param(r.id)
                .query(String.class)
                .list();
    }

    private long registerTotal() {
        return jdbc.sql("select coalesce(sum(next_number), 0) from register where organisation_id = ?")
                .param(fixture.id())
                .query(Long.class)
                .single();
    }

    private String processInstanceOf(long reportId) {
        return jdbc.sql("select process_instance_id from report where id = ?")
                .param(reportId)
                .query(String.class)
                .single();
    }
}
