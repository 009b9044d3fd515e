package vn.dangbo.baocao.report;

import org.springframework.stereotype.Component;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.Role;

/** Who may see and act on a report: the rules every feature service applies. */
@Component
public class ReportAccess {

    private final ReportRepository reports;

    ReportAccess(ReportRepository reports) {
        this.reports = reports;
    }

    /** The report if the actor's organisation owns it; 404 otherwise (another commune's ids are not revealed). */
    public Report visible(Actor actor, long reportId) {
        Report report = reports.find(reportId)
                .filter(r -> r.organisationId() == actor.organisationId())
                .orElseThrow(() -> AppException.notFound("error.report.notFound", reportId));
        if (actor.has(Role.OFFICE) || actor.has(Role.LEADERSHIP) || actor.has(Role.ADMIN)) {
            return report;
        }
        if (reports.unit(reportId, actor.unit().id()).isEmpty()) {
            throw AppException.forbidden("error.report.forbidden");
        }
        return report;
    }

    /** The report locked for a state change, when the actor belongs to its organisation. */
    public Report lockedForChange(Actor actor, long reportId) {
        return ofActor(actor, reportId, reports.lock(reportId));
    }

    /**
     * The report locked in share mode, for work on one unit's own part (saving, submitting): the parts of
     * different units do not wait for each other, a change of the report's state waits for them.
     */
    public Report lockedForOwnPart(Actor actor, long reportId) {
        return ofActor(actor, reportId, reports.lockShared(reportId));
    }

    /** A unit's part of a report with the report it belongs to. */
    public record OwnPart(Report report, ReportUnit unit) {}

    /**
     * The part of the actor's unit in the report of a process instance, locked as {@link #lockedForOwnPart(Actor,
     * long)} does, in one statement; 404 when the unit has no part in it (any more).
     */
    public OwnPart lockedForOwnPart(Actor actor, String processInstanceId) {
        return reports.lockOwnPart(processInstanceId, actor.unit().code())
                .filter(p -> p.report().organisationId() == actor.organisationId())
                .orElseThrow(() -> AppException.notFound("error.report.notFound", processInstanceId));
    }

    private static Report ofActor(Actor actor, long reportId, java.util.Optional<Report> report) {
        return report.filter(r -> r.organisationId() == actor.organisationId())
                .orElseThrow(() -> AppException.notFound("error.report.notFound", reportId));
    }

    /** The report if it is of the actor's organisation, else 404 (before any role check: ids of others are unknown). */
    public Report ofOrganisation(Actor actor, long reportId) {
        return reports.find(reportId)
                .filter(r -> r.organisationId() == actor.organisationId())
                .orElseThrow(() -> AppException.notFound("error.report.notFound", reportId));
    }

    public void requireOffice(Actor actor) {
        if (!actor.has(Role.OFFICE)) {
            throw AppException.forbidden("error.office.only");
        }
    }

    public void requireStatus(Report report, ReportStatus expected) {
        if (report.status() != expected) {
            throw AppException.conflict("error.report.wrongStatus", StatusLabels.report(report.status()));
        }
    }
}
