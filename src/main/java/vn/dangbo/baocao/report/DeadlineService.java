package vn.dangbo.baocao.report;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.baocao.audit.AuditAction;
import vn.dangbo.baocao.audit.AuditTrail;
import vn.dangbo.baocao.organisation.Unit;

/** What the deadline timers do: remind a unit before its deadline, flag it overdue at the deadline. */
@Service
public class DeadlineService {

    private final ReportRepository reports;
    private final AuditTrail audit;
    private final Clock clock;

    DeadlineService(ReportRepository reports, AuditTrail audit, Clock clock) {
        this.reports = reports;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void remind(long reportId, String unitGroup) {
        unit(reportId, unitGroup).ifPresent(u -> {
            reports.markReminded(reportId, u.unit().id(), clock.instant());
            audit.recordSystem(u.unit().organisationId(), AuditAction.REMINDED, "unit:" + u.unit().code(), reportId,
                    null, null);
        });
    }

    @Transactional
    public void flagOverdue(long reportId, String unitGroup) {
        unit(reportId, unitGroup).filter(u -> !u.overdue()).ifPresent(u -> {
            reports.markOverdue(reportId, u.unit().id());
            audit.recordSystem(u.unit().organisationId(), AuditAction.OVERDUE, "unit:" + u.unit().code(), reportId,
                    null, null);
        });
    }

    private java.util.Optional<ReportUnit> unit(long reportId, String unitGroup) {
        String orgCode = unitGroup.substring(0, unitGroup.lastIndexOf('.'));
        return reports.units(reportId).stream()
                .filter(u -> Unit.groupId(orgCode, u.unit().code()).equals(unitGroup)).findFirst();
    }
}
