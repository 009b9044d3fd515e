package vn.dangbo.baocao.contribution;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.inbox.InboxService;
import vn.dangbo.baocao.inbox.TaskView;
import vn.dangbo.baocao.report.ReportComment;
import vn.dangbo.baocao.report.Reports;
import vn.dangbo.baocao.report.TaskKind;

/** A task with the unit's sections and the comment it answers: what its screen and GET /api/tasks/{id} show. */
@Service
public class TaskDetails {

    private final InboxService inbox;
    private final ContributionService contributions;
    private final Reports reports;

    TaskDetails(InboxService inbox, ContributionService contributions, Reports reports) {
        this.inbox = inbox;
        this.contributions = contributions;
        this.reports = reports;
    }

    @Transactional(readOnly = true)
    public TaskDetail of(Actor actor, String taskId) {
        return of(actor, inbox.task(actor, taskId));
    }

    /** The detail of a task the actor was shown to hold by {@link InboxService#task}. */
    @Transactional(readOnly = true)
    public TaskDetail of(Actor actor, TaskView task) {
        List<SectionView> sections = task.unitCode() == null
                ? List.of()
                : contributions.unitSections(actor, task.reportId(), task.unitCode());
        return new TaskDetail(task, sections, lastComment(task));
    }

    private ReportComment lastComment(TaskView task) {
        if (task.kind() == TaskKind.CONSOLIDATE) {
            return reports.lastComment(task.reportId(), null, "APPROVAL").orElse(null);
        }
        if (task.kind() != TaskKind.CONTRIBUTE || task.unitCode() == null) {
            return null;
        }
        return reports.units(task.reportId()).stream()
                .filter(u -> u.unit().code().equals(task.unitCode()))
                .findFirst()
                .flatMap(u -> reports.lastComment(task.reportId(), u.unit().id(), "REVIEW"))
                .orElse(null);
    }
}
