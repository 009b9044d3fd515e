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
import vn.dangbo.baocao.contribution.ContributionService;
import vn.dangbo.baocao.contribution.SectionView;
import vn.dangbo.baocao.organisation.Actor;
import vn.dangbo.baocao.organisation.Role;
import vn.dangbo.baocao.organisation.Unit;
import vn.dangbo.baocao.report.Report;
import vn.dangbo.baocao.report.ReportAccess;
import vn.dangbo.baocao.report.ReportRepository;
import vn.dangbo.baocao.report.ReportStatus;
import vn.dangbo.baocao.report.ReportUnit;
import vn.dangbo.baocao.report.ReportWorkflow;
import vn.dangbo.baocao.report.StatusLabels;
import vn.dangbo.baocao.report.TaskKind;
import vn.dangbo.baocao.report.WorkTask;
import vn.dangbo.baocao.review.ReviewService;

/** The user's open tasks and the completion of one, dispatched to the service that owns the decision. */
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
    private final ReportRepository reports;
    private final ReportAccess access;
    private final ReviewService review;
    private final ContributionService contributions;
    private final DoneRepository done;
    private final Clock clock;

    InboxService(
            ReportWorkflow workflow,
            ReportRepository reports,
            ReportAccess access,
            ReviewService review,
            ContributionService contributions,
            DoneRepository done,
            Clock clock) {
        this.done = done;
        this.workflow = workflow;
        this.reports = reports;
        this.access = access;
        this.review = review;
        this.contributions = contributions;
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

    @Transactional(readOnly = true)
    public TaskDetail task(Actor actor, String taskId) {
        WorkTask task = workflow.task(taskId).orElseThrow(() -> missing(taskId));
        Report report = reportOf(actor, task);
        requireHolder(actor, task);
        Map<Long, List<ReportUnit>> units = Map.of(report.id(), reports.units(report.id()));
        TaskView view = view(task, report, units);
        List<SectionView> sections =
                view.unitCode() == null ? List.of() : contributions.unitSections(actor, report.id(), view.unitCode());
        ReportRepository.Comment comment = switch (task.kind()) {
            case CONTRIBUTE ->
                unitOf(report, task)
                        .flatMap(u -> reports.lastComment(report.id(), u.unit().id(), "REVIEW"))
                        .orElse(null);
            case CONSOLIDATE ->
                reports.lastComment(report.id(), null, "APPROVAL").orElse(null);
            default -> null;
        };
        return new TaskDetail(view, sections, comment);
    }

    @Transactional
    public void complete(Actor actor, String taskId, Action action, String comment) {
        WorkTask found = workflow.task(taskId).orElseThrow(() -> missing(taskId));
        if (found.kind() == TaskKind.CONTRIBUTE) {
            submit(actor, found, action);
            return;
        }
        Report report = access.lockedForChange(actor, reportOf(actor, found).id());
        // re-read under the lock: another user may have completed it meanwhile
        WorkTask task = workflow.task(taskId).orElseThrow(() -> missing(taskId));
        requireHolder(actor, task);
        if (action == null) {
            throw AppException.invalid("error.task.action", "");
        }
        switch (task.kind()) {
            case CONTRIBUTE -> throw new IllegalStateException("a task never becomes a contribution");
            case REVIEW -> {
                ReportUnit unit = unitOf(report, task).orElseThrow();
                if (action == Action.ACCEPT) {
                    review.accept(actor, report, unit, task);
                } else {
                    require(action, Action.RETURN);
                    review.returnToUnit(actor, report, unit, task, comment);
                }
            }
            case CONSOLIDATE -> {
                require(action, Action.FORWARD);
                review.forward(actor, report, task);
            }
            case APPROVE -> {
                if (action == Action.APPROVE) {
                    review.approve(actor, report, task);
                } else {
                    require(action, Action.RETURN);
                    review.returnToOffice(actor, report, task, comment);
                }
            }
        }
    }

    /**
     * A unit's submission touches only its own part: the report and the unit's row are read and locked in one
     * statement, and what the task's re-read would tell is read from them under the lock — a colleague who
     * submitted first left the part submitted, a cancelled report is no longer collecting.
     */
    private void submit(Actor actor, WorkTask task, Action action) {
        if (!actor.organisation().code().equals(orgCode(task))) {
            throw missing(task.id()); // another commune's ids are not revealed
        }
        requireHolder(actor, task);
        if (action == null) {
            throw AppException.invalid("error.task.action", "");
        }
        require(action, Action.SUBMIT);
        ReportAccess.OwnPart part = access.lockedForOwnPart(actor, task.processInstanceId());
        if (part.report().status() != ReportStatus.COLLECTING) {
            throw AppException.conflict(
                    "error.report.wrongStatus",
                    StatusLabels.report(part.report().status()));
        }
        if (!part.unit().status().editable()) {
            throw AppException.conflict("error.task.done");
        }
        review.submit(actor, part.report(), part.unit(), task);
    }

    private void requireHolder(Actor actor, WorkTask task) {
        boolean holds = switch (task.kind()) {
            case CONTRIBUTE ->
                actor.has(Role.UNIT)
                        && actor.unit().groupId(actor.organisation()).equals(task.unitGroup());
            case REVIEW, CONSOLIDATE -> actor.has(Role.OFFICE);
            case APPROVE -> actor.username().equals(task.assignee());
        };
        if (!holds) {
            throw AppException.forbidden("error.task.notYours");
        }
    }

    private Report reportOf(Actor actor, WorkTask task) {
        Report report = reports.byProcessInstances(List.of(task.processInstanceId())).stream()
                .findFirst()
                .orElseThrow(() -> missing(task.id()));
        if (report.organisationId() != actor.organisationId()) {
            throw missing(task.id());
        }
        return report;
    }

    private Optional<ReportUnit> unitOf(Report report, WorkTask task) {
        return reports.units(report.id()).stream()
                .filter(u -> Unit.groupId(orgCode(task), u.unit().code()).equals(task.unitGroup()))
                .findFirst();
    }

    private static String orgCode(WorkTask task) {
        String group = task.unitGroup();
        return group == null ? "" : group.substring(0, group.lastIndexOf('.'));
    }

    private TaskView view(WorkTask task, Report report, Map<Long, List<ReportUnit>> units) {
        Optional<ReportUnit> unit = task.unitGroup() == null
                ? Optional.empty()
                : units.getOrDefault(report.id(), List.of()).stream()
                        .filter(u ->
                                Unit.groupId(orgCode(task), u.unit().code()).equals(task.unitGroup()))
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

    private static void require(Action action, Action expected) {
        if (action != expected) {
            throw AppException.invalid("error.task.action", action.name());
        }
    }

    private AppException missing(String taskId) {
        if (workflow.wasCompleted(taskId)) {
            return AppException.conflict("error.task.done");
        }
        return AppException.notFound("error.task.notFound", taskId);
    }
}
