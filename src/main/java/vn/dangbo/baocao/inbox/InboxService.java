package vn.dangbo.baocao.inbox;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.Unit;
import vn.dangbo.baocao.report.Report;
import vn.dangbo.baocao.report.ReportUnit;
import vn.dangbo.baocao.report.ReportWorkflow;
import vn.dangbo.baocao.report.Reports;
import vn.dangbo.baocao.report.StatusLabels;
import vn.dangbo.baocao.report.TaskKind;
import vn.dangbo.baocao.report.WorkTask;

/** The user's open tasks and the completion of one, dispatched to the handler of its kind. */
@Service
public class InboxService {

    /** What the user decides on a task. */
    public enum Action {
        SUBMIT,
        ACCEPT,
        RETURN,
        FORWARD,
        APPROVE
    }

    static final int DONE_PAGE_SIZE = 20;

    private final ReportWorkflow workflow;
    private final Reports reports;
    private final Tasks tasks;
    private final List<TaskHandler> handlers;
    private final DoneRepository done;
    private final Clock clock;

    InboxService(
            ReportWorkflow workflow,
            Reports reports,
            Tasks tasks,
            List<TaskHandler> handlers,
            DoneRepository done,
            Clock clock) {
        this.done = done;
        this.workflow = workflow;
        this.reports = reports;
        this.tasks = tasks;
        this.handlers = handlers;
        this.clock = clock;
    }

    /** The open tasks of the actor, earliest due first: one engine query and three SQL queries, whatever the count. */
    @Transactional(readOnly = true)
    public List<TaskView> tasks(Actor actor) {
        return tasks(actor, TaskFilter.NONE);
    }

    /** The open tasks, filtered by the unit's status and the report's period, with the same fixed queries. */
    @Transactional(readOnly = true)
    public List<TaskView> tasks(Actor actor, TaskFilter filter) {
        TaskFilter f = filter == null ? TaskFilter.NONE : filter;
        List<WorkTask> open = workflow.openTasks(actor.organisation().tenantId(), groups(actor), actor.username());
        Map<String, Report> byInstance =
                reports
                        .byProcessInstances(
                                open.stream().map(WorkTask::processInstanceId).collect(Collectors.toSet()))
                        .stream()
                        .collect(Collectors.toMap(Report::processInstanceId, Function.identity()));
        Map<Long, List<ReportUnit>> units =
                reports.unitsOf(byInstance.values().stream().map(Report::id).toList());
        return open.stream()
                .filter(t -> byInstance.containsKey(t.processInstanceId()))
                .filter(t -> {
                    Report report = byInstance.get(t.processInstanceId());
                    return f.accepts(report.period(), view(t, report, units).unitStatus());
                })
                .map(t -> view(t, byInstance.get(t.processInstanceId()), units))
                .toList();
    }

    /** The number of open tasks, for the menu badge: one COUNT query in the engine. */
    @Transactional(readOnly = true)
    public long countOpen(Actor actor) {
        return workflow.countOpenTasks(actor.organisation().tenantId(), groups(actor), actor.username());
    }

    /** "Đã xử lý": what my unit submitted (and, for the office and the signer, decided), newest first. */
    @Transactional(readOnly = true)
    public DonePage done(Actor actor, int page) {
        if (page < 0) {
            throw AppException.invalid("error.task.page");
        }
        String unitCode = actor.unit().code();
        return new DonePage(
                done.page(actor.organisationId(), unitCode, page, DONE_PAGE_SIZE),
                page,
                DONE_PAGE_SIZE,
                done.count(actor.organisationId(), unitCode));
    }

    private static Set<String> groups(Actor actor) {
        Set<String> groups = new HashSet<>();
        groups.add(actor.unit().groupId(actor.organisation()));
        return groups;
    }

    /** The task, when the actor holds it. */
    @Transactional(readOnly = true)
    public TaskView task(Actor actor, String taskId) {
        WorkTask task = tasks.open(taskId);
        Report report = tasks.reportOf(actor, task);
        tasks.requireHolder(actor, task);
        return view(task, report, Map.of(report.id(), reports.units(report.id())));
    }

    /**
     * Completes the task by the handler of its kind, which locks what it changes and decides in its own
     * transaction.
     */
    public void complete(Actor actor, String taskId, Action action, String comment) {
        WorkTask task = tasks.open(taskId);
        handlers.stream()
                .filter(h -> h.kind() == task.kind())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no handler for " + task.kind()))
                .complete(actor, task, action, comment);
    }

    private TaskView view(WorkTask task, Report report, Map<Long, List<ReportUnit>> units) {
        Optional<ReportUnit> unit = task.unitGroup() == null
                ? Optional.empty()
                : units.getOrDefault(report.id(), List.of()).stream()
                        .filter(u -> Unit.groupId(
                                        Tasks.organisationCode(task), u.unit().code())
                                .equals(task.unitGroup()))
                        .findFirst();
        boolean overdue = task.kind() == TaskKind.CONTRIBUTE
                && (unit.map(ReportUnit::overdue).orElse(false)
                        || task.due() != null && task.due().isBefore(clock.instant()));
        return new TaskView(
                task.id(),
                task.kind(),
                StatusLabels.task(task.kind()),
                report.id(),
                report.title(),
                report.period().label(),
                unit.map(u -> u.unit().code()).orElse(null),
                unit.map(u -> u.unit().name()).orElse(null),
                unit.map(ReportUnit::status).orElse(null),
                task.created(),
                task.due(),
                overdue);
    }
}
