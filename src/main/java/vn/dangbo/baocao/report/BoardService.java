package vn.dangbo.baocao.report;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.baocao.audit.AuditAction;
import vn.dangbo.baocao.audit.AuditTrail;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.Role;
import vn.dangbo.baocao.organisation.AppUser;
import vn.dangbo.baocao.organisation.OrganisationRepository;

/** The progress board of a report, for the office and the leadership. */
@Service
public class BoardService {

    private static final String UNIT_TARGET = "unit:";

    private final ReportAccess access;
    private final ReportRepository reports;
    private final AuditTrail audit;
    private final OrganisationRepository organisations;
    private final Clock clock;
    private final ReportWorkflow workflow;

    BoardService(
            ReportAccess access,
            ReportRepository reports,
            AuditTrail audit,
            OrganisationRepository organisations,
            Clock clock,
            ReportWorkflow workflow) {
        this.access = access;
        this.reports = reports;
        this.audit = audit;
        this.organisations = organisations;
        this.clock = clock;
        this.workflow = workflow;
    }

    @Transactional(readOnly = true)
    public ProgressBoard board(Actor actor, long reportId) {
        access.ofOrganisation(actor, reportId);
        if (!actor.has(Role.OFFICE) && !actor.has(Role.LEADERSHIP)) {
            throw AppException.forbidden("error.office.only");
        }
        Report report = access.visible(actor, reportId);
        Instant now = clock.instant();
        Map<String, String> names = organisations.users(actor.organisationId()).stream()
                .collect(Collectors.toMap(AppUser::username, AppUser::fullName));
        List<ProgressBoard.UnitProgress> units = reports.units(reportId).stream()
                .map(u -> {
                    boolean late = u.status().editable() && (u.overdue() || now.isAfter(u.dueAt()));
                    long daysLeft = ChronoUnit.DAYS.between(
                            Formats.today(clock), u.dueAt().atZone(Formats.ZONE).toLocalDate());
                    return new ProgressBoard.UnitProgress(
                            u.unit().code(),
                            u.unit().name(),
                            u.roleKeys(),
                            u.status(),
                            StatusLabels.unit(u.status()),
                            u.submittedBy(),
                            u.submittedBy() == null ? null : names.getOrDefault(u.submittedBy(), u.submittedBy()),
                            u.submittedAt(),
                            u.dueAt(),
                            late,
                            daysLeft);
                })
                .toList();
        List<ProgressBoard.Submission> submissions = audit.reportEntries(actor.organisationId(), reportId).stream()
                .filter(e -> AuditAction.SUBMITTED.name().equals(e.action())
                        && e.target().startsWith(UNIT_TARGET))
                .map(e -> new ProgressBoard.Submission(e.target().substring(UNIT_TARGET.length()), e.actor(), e.at()))
                .toList();
        String issuing = report.status() == ReportStatus.AWAITING_APPROVAL && report.processInstanceId() != null
                ? workflow.issuing(report.processInstanceId())
                        .map(IssuingJob::label)
                        .orElse(null)
                : null;
        return new ProgressBoard(
                report.id(),
                report.title(),
                report.status(),
                StatusLabels.report(report.status()),
                report.deadline(),
                now,
                units,
                submissions,
                issuing);
    }
}
