package vn.dangbo.baocao.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.baocao.audit.AuditAction;
import vn.dangbo.baocao.audit.AuditTargets;
import vn.dangbo.baocao.audit.AuditTrail;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.Violation;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.Unit;
import vn.dangbo.baocao.notification.NotificationKind;
import vn.dangbo.baocao.notification.NotificationService;

/**
 * Deadlines of a report's units: what the timers do (remind before the deadline, flag overdue at it) and what
 * the office may change while collecting (extend a deadline). The timer effects are idempotent: a timer that
 * fires again (a retried job, a returned task) changes nothing and notifies nobody twice.
 */
@Service
public class DeadlineService {

    private final ReportRepository reports;
    private final ReportAccess access;
    private final ReportWorkflow workflow;
    private final NotificationService notifications;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration reminderBefore;

    DeadlineService(
            ReportRepository reports,
            ReportAccess access,
            ReportWorkflow workflow,
            NotificationService notifications,
            AuditTrail audit,
            Clock clock,
            @Value("${app.deadline.reminder-before:P1D}") Duration reminderBefore) {
        this.reports = reports;
        this.access = access;
        this.workflow = workflow;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
        this.reminderBefore = reminderBefore;
    }

    @Transactional
    public void remind(long reportId, String unitGroup) {
        Report report = reports.find(reportId).orElse(null);
        if (report == null || report.status() != ReportStatus.COLLECTING) {
            return;
        }
        unit(reportId, unitGroup).filter(u -> u.status().editable()).ifPresent(u -> {
            if (!reports.markRemindedOnce(reportId, u.unit().id(), clock.instant())) {
                return;
            }
            audit.recordSystem(
                    u.unit().organisationId(),
                    AuditAction.REMINDED,
                    AuditTargets.unit(u.unit().code()),
                    reportId,
                    null,
                    null);
            notifications.notifyUnit(
                    report.organisationId(),
                    u.unit().id(),
                    null,
                    reportId,
                    NotificationKind.REMINDER,
                    Messages.in(
                            report.organisationId(),
                            "notification.reminder",
                            report.title(),
                            Formats.dateTime(u.dueAt())));
        });
    }

    @Transactional
    public void flagOverdue(long reportId, String unitGroup) {
        Report report = reports.find(reportId).orElse(null);
        if (report == null || report.status() != ReportStatus.COLLECTING) {
            return;
        }
        unit(reportId, unitGroup).filter(u -> u.status().editable()).ifPresent(u -> {
            if (!reports.markOverdueOnce(reportId, u.unit().id())) {
                return;
            }
            audit.recordSystem(
                    u.unit().organisationId(),
                    AuditAction.OVERDUE,
                    AuditTargets.unit(u.unit().code()),
                    reportId,
                    null,
                    null);
            String due = Formats.dateTime(u.dueAt());
            notifications.notifyUnit(
                    report.organisationId(),
                    u.unit().id(),
                    null,
                    reportId,
                    NotificationKind.OVERDUE,
                    Messages.in(report.organisationId(), "notification.overdue.unit", report.title(), due));
            notifications.notifyUnit(
                    report.organisationId(),
                    report.officeUnitId(),
                    u.unit().id(),
                    reportId,
                    NotificationKind.OVERDUE,
                    Messages.get("notification.overdue.office", u.unit().name(), report.title(), due));
        });
    }

    /**
     * A new deadline for one unit (by code) or, when {@code unitCode} is null, for the report and every unit.
     * The unit's task, its reminder and its overdue timer follow the new date; a later date lifts the overdue flag.
     */
    @Transactional
    public void extendDeadline(Actor actor, long reportId, String unitCode, Instant deadline) {
        access.ofOrganisation(actor, reportId);
        access.requireOffice(actor);
        if (deadline == null || !deadline.isAfter(clock.instant())) {
            throw AppException.invalid(
                    List.of(new Violation("deadline", Messages.get("error.open.deadline"))), "error.deadline.invalid");
        }
        Report report = access.lockedForChange(actor, reportId);
        access.requireStatus(report, ReportStatus.COLLECTING);
        List<ReportUnit> units = reports.units(reportId);
        if (unitCode != null && !unitCode.isBlank()) {
            ReportUnit unit = units.stream()
                    .filter(u -> u.unit().code().equals(unitCode))
                    .findFirst()
                    .orElseThrow(() -> AppException.invalid(
                            List.of(new Violation("unitCode", Messages.get("error.deadline.unitUnknown", unitCode))),
                            "error.deadline.invalid"));
            units = List.of(unit);
        } else {
            reports.setDeadline(reportId, deadline);
        }
        for (ReportUnit unit : units) {
            reports.setUnitDeadline(reportId, unit.unit().id(), deadline, deadline.isAfter(unit.dueAt()));
            if (unit.status().editable()) {
                notifications.notifyUnit(
                        report.organisationId(),
                        unit.unit().id(),
                        null,
                        reportId,
                        NotificationKind.DEADLINE_CHANGED,
                        Messages.get("notification.deadlineChanged", report.title(), Formats.dateTime(deadline)));
            }
        }
        Instant remindAt = deadline.minus(reminderBefore);
        String group = units.size() == 1 && unitCode != null && !unitCode.isBlank()
                ? units.get(0).unit().groupId(actor.organisation())
                : null;
        workflow.moveDeadline(
                report.processInstanceId(),
                group,
                deadline,
                remindAt.isBefore(clock.instant()) ? clock.instant() : remindAt);
        String target = group == null ? AuditTargets.report(reportId) : AuditTargets.unit(unitCode);
        audit.record(actor, AuditAction.DEADLINE_CHANGED, target, reportId, Formats.dateTime(deadline), null);
    }

    private Optional<ReportUnit> unit(long reportId, String unitGroup) {
        String orgCode = unitGroup.substring(0, unitGroup.lastIndexOf('.'));
        return reports.units(reportId).stream()
                .filter(u -> Unit.groupId(orgCode, u.unit().code()).equals(unitGroup))
                .findFirst();
    }
}
