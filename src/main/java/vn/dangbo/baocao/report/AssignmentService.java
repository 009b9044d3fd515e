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
import vn.dangbo.baocao.audit.AuditTrail;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.Violation;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.Unit;
import vn.dangbo.baocao.identity.UnitKind;
import vn.dangbo.baocao.notification.NotificationKind;
import vn.dangbo.baocao.notification.NotificationService;
import vn.dangbo.baocao.organisation.OrganisationRepository;
import vn.dangbo.baocao.template.TemplateCatalog;

/**
 * Gives a unit role of a report (its sections) to another chi bộ while collecting. Both units must still be
 * writing: a part under review or accepted is not moved (the office returns it first).
 */
@Service
public class AssignmentService {

    private final ReportRepository reports;
    private final ReportAccess access;
    private final ReportWorkflow workflow;
    private final TemplateCatalog templates;
    private final OrganisationRepository organisations;
    private final NotificationService notifications;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration reminderBefore;

    AssignmentService(
            ReportRepository reports,
            ReportAccess access,
            ReportWorkflow workflow,
            TemplateCatalog templates,
            OrganisationRepository organisations,
            NotificationService notifications,
            AuditTrail audit,
            Clock clock,
            @Value("${app.deadline.reminder-before:P1D}") Duration reminderBefore) {
        this.reports = reports;
        this.access = access;
        this.workflow = workflow;
        this.templates = templates;
        this.organisations = organisations;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
        this.reminderBefore = reminderBefore;
    }

    @Transactional
    public void reassign(Actor actor, long reportId, String roleKey, String unitCode) {
        access.ofOrganisation(actor, reportId);
        access.requireOffice(actor);
        Report report = access.lockedForChange(actor, reportId);
        access.requireStatus(report, ReportStatus.COLLECTING);
        List<ReportUnit> units = reports.units(reportId);
        ReportUnit from = units.stream()
                .filter(u -> roleKey != null && u.roleKeys().contains(roleKey))
                .findFirst()
                .orElseThrow(() -> invalid("roleKey", "error.reassign.roleUnknown", roleKey));
        Unit to = Optional.ofNullable(unitCode)
                .flatMap(c -> organisations.unitByCode(actor.organisationId(), c))
                .filter(u -> u.kind() == UnitKind.CHI_BO && u.id() != report.officeUnitId())
                .orElseThrow(() -> invalid("unitCode", "error.open.unitUnknown", unitCode));
        if (to.id() == from.unit().id()) {
            throw AppException.conflict("error.reassign.same", to.name());
        }
        if (!from.status().editable()) {
            throw AppException.conflict("error.reassign.locked", from.unit().name(), StatusLabels.unit(from.status()));
        }
        Optional<ReportUnit> existing =
                units.stream().filter(u -> u.unit().id() == to.id()).findFirst();
        if (existing.isPresent() && !existing.get().status().editable()) {
            throw AppException.conflict(
                    "error.reassign.locked",
                    to.name(),
                    StatusLabels.unit(existing.get().status()));
        }
        boolean fromKeepsPart = from.roleKeys().size() > 1
                || templates.template(report.templateId()).hasEachSections();
        String fromGroup = from.unit().groupId(actor.organisation());
        String toGroup = to.groupId(actor.organisation());
        String pi = report.processInstanceId();

        reports.setRole(reportId, roleKey, to.id());
        if (existing.isEmpty() && fromKeepsPart) {
            reports.insertUnit(reportId, to.id(), from.dueAt());
            Instant remindAt = from.dueAt().minus(reminderBefore);
            workflow.addUnit(
                    pi, toGroup, from.dueAt(), remindAt.isBefore(clock.instant()) ? clock.instant() : remindAt);
        } else if (existing.isEmpty()) {
            reports.replaceUnit(reportId, from.unit().id(), to.id());
            workflow.moveUnit(pi, fromGroup, toGroup);
        } else if (!fromKeepsPart) {
            reports.deleteUnit(reportId, from.unit().id());
            workflow.removeUnit(pi, fromGroup);
        }
        audit.record(
                actor,
                AuditAction.REASSIGNED,
                "role:" + roleKey,
                reportId,
                from.unit().code() + " → " + to.code(),
                null);
        notifications.notifyUnit(
                report.organisationId(),
                to.id(),
                null,
                reportId,
                NotificationKind.REASSIGNED,
                Messages.in(
                        report.organisationId(),
                        "notification.reassigned",
                        report.title(),
                        from.unit().name()));
    }

    private static AppException invalid(String field, String key, Object arg) {
        return AppException.invalid(List.of(new Violation(field, Messages.get(key, arg))), "error.reassign.invalid");
    }
}
