package vn.dangbo.baocao.contribution;

import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.baocao.audit.AuditAction;
import vn.dangbo.baocao.audit.AuditTargets;
import vn.dangbo.baocao.audit.AuditTrail;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.Role;
import vn.dangbo.baocao.inbox.InboxService;
import vn.dangbo.baocao.inbox.TaskHandler;
import vn.dangbo.baocao.inbox.Tasks;
import vn.dangbo.baocao.report.Report;
import vn.dangbo.baocao.report.ReportAccess;
import vn.dangbo.baocao.report.ReportStates;
import vn.dangbo.baocao.report.ReportUnit;
import vn.dangbo.baocao.report.ReportWorkflow;
import vn.dangbo.baocao.report.TaskKind;
import vn.dangbo.baocao.report.WorkTask;

/**
 * A unit submits its part: it locks only its own part (the report in share mode, its unit row), so units submit
 * at the same time; a change of the report's state waits for them. The audit entry comes last: it locks the
 * organisation's chain head until commit.
 */
@Component
class ContributeTask implements TaskHandler {

    private final Tasks tasks;
    private final ReportAccess access;
    private final ReportStates states;
    private final ReportWorkflow workflow;
    private final ContributionService contributions;
    private final AuditTrail audit;
    private final Clock clock;

    ContributeTask(
            Tasks tasks,
            ReportAccess access,
            ReportStates states,
            ReportWorkflow workflow,
            ContributionService contributions,
            AuditTrail audit,
            Clock clock) {
        this.tasks = tasks;
        this.access = access;
        this.states = states;
        this.workflow = workflow;
        this.contributions = contributions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public TaskKind kind() {
        return TaskKind.CONTRIBUTE;
    }

    /**
     * The report and the unit's row are read and locked in one statement, and what a re-read of the task would
     * tell is read from them under the lock: a colleague who submitted first left the part submitted, a
     * cancelled report is no longer collecting.
     */
    @Override
    @Transactional
    public void complete(Actor actor, WorkTask task, InboxService.Action action, String comment) {
        if (!actor.organisation().code().equals(Tasks.organisationCode(task))) {
            throw tasks.missing(task.id()); // another commune's ids are not revealed
        }
        tasks.requireHolder(actor, task);
        Tasks.require(action, InboxService.Action.SUBMIT);
        ReportAccess.OwnPart part = access.lockedForOwnPart(actor, task.processInstanceId());
        states.requireSubmittable(part.report(), part.unit());
        submit(actor, part.report(), part.unit(), task);
    }

    private void submit(Actor actor, Report report, ReportUnit unit, WorkTask task) {
        if (unit.unit().id() != actor.unit().id() || !actor.has(Role.UNIT)) {
            throw AppException.forbidden("error.task.notYours");
        }
        ContributionService.Completeness completeness = contributions.saveDraftsAndCheck(actor, report, unit);
        if (!completeness.problems().isEmpty()) {
            throw AppException.invalid(
                    completeness.problems(),
                    "error.submit.incomplete",
                    completeness.problems().size());
        }
        states.unitSubmitted(report, unit, actor.username(), clock.instant());
        workflow.complete(task.id(), Map.of());
        audit.record(
                actor,
                AuditAction.SUBMITTED,
                AuditTargets.unit(unit.unit().code()),
                report.id(),
                null,
                completeness.contentHash());
    }
}
