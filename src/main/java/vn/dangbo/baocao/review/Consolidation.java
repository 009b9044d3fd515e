package vn.dangbo.baocao.review;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.baocao.contribution.ContributionService;
import vn.dangbo.baocao.contribution.SectionEdit;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.inbox.InboxService;
import vn.dangbo.baocao.inbox.Tasks;
import vn.dangbo.baocao.report.ReportAccess;
import vn.dangbo.baocao.report.WorkTask;

/**
 * The office forwards its consolidation with the edits still on screen: the new versions and the forwarding
 * commit together, or nothing does (the edits stay on screen).
 */
@Service
public class Consolidation {

    private final Tasks tasks;
    private final ReportAccess access;
    private final ContributionService contributions;
    private final ConsolidateTask consolidate;

    Consolidation(Tasks tasks, ReportAccess access, ContributionService contributions, ConsolidateTask consolidate) {
        this.tasks = tasks;
        this.access = access;
        this.contributions = contributions;
        this.consolidate = consolidate;
    }

    @Transactional
    public void saveAndForward(Actor actor, String taskId, List<SectionEdit> edits) {
        WorkTask found = tasks.open(taskId);
        long reportId = tasks.reportOf(actor, found).id();
        access.lockedForChange(actor, reportId);
        for (SectionEdit edit : edits) {
            contributions.save(actor, reportId, edit.code(), edit.unitCode(), edit.items(), edit.version(), true);
        }
        consolidate.complete(actor, found, InboxService.Action.FORWARD, null);
    }
}
