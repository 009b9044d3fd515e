package vn.dangbo.baocao.report;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.dangbo.baocao.audit.ReportVisibility;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.identity.Actor;

/** The audit trail of a report is visible to whoever may see the report. */
@Component
class AuditVisibility implements ReportVisibility {

    private final ReportAccess access;
    private final ReportService reports;

    AuditVisibility(ReportAccess access, ReportService reports) {
        this.access = access;
        this.reports = reports;
    }

    @Override
    public void requireVisible(Actor actor, long reportId) {
        access.visible(actor, reportId);
    }

    @Override
    public Optional<String> name(Actor actor, long reportId) {
        try {
            ReportView report = reports.get(actor, reportId);
            return Optional.of(
                    report.title().contains(report.periodLabel())
                            ? report.title()
                            : report.title() + " — " + report.periodLabel());
        } catch (AppException e) {
            return Optional.empty();
        }
    }
}
