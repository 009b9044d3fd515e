package vn.dangbo.baocao.review;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.inbox.InboxService;
import vn.dangbo.baocao.inbox.TaskHandler;
import vn.dangbo.baocao.inbox.Tasks;
import vn.dangbo.baocao.report.Report;
import vn.dangbo.baocao.report.ReportAccess;
import vn.dangbo.baocao.report.ReportUnit;
import vn.dangbo.baocao.report.TaskKind;
import vn.dangbo.baocao.report.WorkTask;

/** The office accepts a unit's submission or returns it, with the report locked for the change. */
@Component
class ReviewTask implements TaskHandler {

    private final Tasks tasks;
    private final ReportAccess access;
    private final ReviewService review;

    ReviewTask(Tasks tasks, ReportAccess access, ReviewService review) {
        this.tasks = tasks;
        this.access = access;
        this.review = review;
    }

    @Override
    public TaskKind kind() {
        return TaskKind.REVIEW;
    }

    @Override
    @Transactional
    public void complete(Actor actor, WorkTask found, InboxService.Action action, String comment) {
        String taskId = found.id();
        Report report =
                access.lockedForChange(actor, tasks.reportOf(actor, found).id());
        WorkTask task = tasks.held(actor, taskId);
        ReportUnit unit = tasks.unitOf(report, task).orElseThrow();
        if (action == InboxService.Action.ACCEPT) {
            review.accept(actor, report, unit, task);
        } else {
            Tasks.require(action, InboxService.Action.RETURN);
            review.returnToUnit(actor, report, unit, task, comment);
        }
    }
}
