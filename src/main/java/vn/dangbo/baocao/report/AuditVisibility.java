package vn.dangbo.baocao.report;

import org.springframework.stereotype.Component;
import vn.dangbo.baocao.audit.ReportVisibility;
import vn.dangbo.baocao.identity.Actor;

/** The audit trail of a report is visible to whoever may see the report. */
@Component
class AuditVisibility implements ReportVisibility {

    private final ReportAccess access;

    AuditVisibility(ReportAccess access) {
        this.access = access;
    }

    @Override
    public void requireVisible(Actor actor, long reportId) {
        access.visible(actor, reportId);
    }
}
