package vn.dangbo.baocao.inbox;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.Role;
import vn.dangbo.baocao.identity.Unit;
import vn.dangbo.baocao.report.Report;
import vn.dangbo.baocao.report.ReportUnit;
import vn.dangbo.baocao.report.ReportWorkflow;
import vn.dangbo.baocao.report.Reports;
import vn.dangbo.baocao.report.WorkTask;

/** Finding a task, its report and unit, and whether the actor holds it: what every task handler starts with. */
@Component
public class Tasks {

    private final ReportWorkflow workflow;
    private final Reports reports;

    Tasks(ReportWorkflow workflow, Reports reports) {
        this.workflow = workflow;
        this.reports = reports;
    }

    /** The open task; 409 when it was completed meanwhile, 404 when it never existed. */
    public WorkTask open(String taskId) {
        return workflow.task(taskId).orElseThrow(() -> missing(taskId));
    }

    /** The open task, held by the actor (re-read under the caller's lock: another user may have completed it). */
    public WorkTask held(Actor actor, String taskId) {
        WorkTask task = open(taskId);
        requireHolder(actor, task);
        return task;
    }

    public Report reportOf(Actor actor, WorkTask task) {
        Report report = reports.byProcessInstances(List.of(task.processInstanceId())).stream()
                .findFirst()
                .orElseThrow(() -> missing(task.id()));
        if (report.organisationId() != actor.organisationId()) {
            throw missing(task.id());
        }
        return report;
    }

    public Optional<ReportUnit> unitOf(Report report, WorkTask task) {
        return reports.units(report.id()).stream()
                .filter(u ->
                        Unit.groupId(organisationCode(task), u.unit().code()).equals(task.unitGroup()))
                .findFirst();
    }

    public void requireHolder(Actor actor, WorkTask task) {
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

    public static void require(InboxService.Action action, InboxService.Action expected) {
        if (action == null) {
            throw AppException.invalid("error.task.action", "");
        }
        if (action != expected) {
            throw AppException.invalid("error.task.action", action.name());
        }
    }

    public static String organisationCode(WorkTask task) {
        String group = task.unitGroup();
        return group == null ? "" : group.substring(0, group.lastIndexOf('.'));
    }

    public AppException missing(String taskId) {
        if (workflow.wasCompleted(taskId)) {
            return AppException.conflict("error.task.done");
        }
        return AppException.notFound("error.task.notFound", taskId);
    }
}
