package vn.dangbo.baocao.review;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.baocao.audit.AuditAction;
import vn.dangbo.baocao.audit.AuditTargets;
import vn.dangbo.baocao.audit.AuditTrail;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Violation;
import vn.dangbo.baocao.contribution.ContributionService;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.Role;
import vn.dangbo.baocao.issuance.IssuanceService;
import vn.dangbo.baocao.notification.NotificationKind;
import vn.dangbo.baocao.notification.NotificationService;
import vn.dangbo.baocao.report.AnchoredComment;
import vn.dangbo.baocao.report.Report;
import vn.dangbo.baocao.report.ReportProcess;
import vn.dangbo.baocao.report.ReportStates;
import vn.dangbo.baocao.report.ReportUnit;
import vn.dangbo.baocao.report.ReportWorkflow;
import vn.dangbo.baocao.report.WorkTask;

/**
 * The decisions of the office and the signer on a report's tasks: the office accepts or returns, consolidates
 * and forwards, the signer approves or returns. Each is one transaction: state, audit entry and task completion
 * together. The task's handler has locked the report and checked that the task belongs to it. The audit entry comes last: it
 * locks the organisation's chain head until commit, so the shorter it is held, the less other users wait.
 */
@Service
public class ReviewService {

    static final int MAX_COMMENT = 5000;

    private final ReportStates states;
    private final ReportWorkflow workflow;
    private final ContributionService contributions;
    private final AuditTrail audit;
    private final NotificationService notifications;
    private final IssuanceService issuance;

    ReviewService(
            ReportStates states,
            ReportWorkflow workflow,
            ContributionService contributions,
            AuditTrail audit,
            NotificationService notifications,
            IssuanceService issuance) {
        this.states = states;
        this.notifications = notifications;
        this.workflow = workflow;
        this.contributions = contributions;
        this.audit = audit;
        this.issuance = issuance;
    }

    @Transactional
    public void accept(Actor actor, Report report, ReportUnit unit, WorkTask task) {
        requireOffice(actor);
        states.unitAccepted(report, unit);
        workflow.complete(task.id(), Map.of(ReportProcess.REVIEW_OUTCOME, ReportProcess.ACCEPT));
        audit.record(actor, AuditAction.ACCEPTED, AuditTargets.unit(unit.unit().code()), report.id(), null, null);
    }

    @Transactional
    public void returnToUnit(Actor actor, Report report, ReportUnit unit, WorkTask task, String comment) {
        requireOffice(actor);
        String body = requireComment(comment);
        states.unitReturned(report, unit, actor.username(), body);
        workflow.complete(task.id(), Map.of(ReportProcess.REVIEW_OUTCOME, ReportProcess.RETURN));
        notifications.notifyUnit(
                report.organisationId(),
                unit.unit().id(),
                null,
                report.id(),
                NotificationKind.RETURNED,
                vn.dangbo.baocao.common.Messages.in(
                        report.organisationId(),
                        "notification.returned",
                        report.title(),
                        actor.fullName(),
                        AnchoredComment.readable(body)));
        audit.record(actor, AuditAction.RETURNED, AuditTargets.unit(unit.unit().code()), report.id(), body, null);
    }

    @Transactional
    public void forward(Actor actor, Report report, WorkTask task) {
        requireOffice(actor);
        List<Violation> problems = contributions.officeProblems(report);
        if (!problems.isEmpty()) {
            throw AppException.invalid(problems, "error.forward.incomplete", problems.size());
        }
        states.forwardForApproval(report);
        workflow.complete(task.id(), Map.of());
        audit.record(actor, AuditAction.FORWARDED, AuditTargets.report(report.id()), report.id(), null, null);
    }

    @Transactional
    public void approve(Actor actor, Report report, WorkTask task) {
        requireSigner(actor, report);
        issuance.checkSigning(report);
        workflow.complete(task.id(), Map.of(ReportProcess.APPROVAL_OUTCOME, ReportProcess.APPROVE_OUTCOME));
        audit.record(actor, AuditAction.APPROVED, AuditTargets.report(report.id()), report.id(), null, null);
    }

    @Transactional
    public void returnToOffice(Actor actor, Report report, WorkTask task, String comment) {
        requireSigner(actor, report);
        String body = requireComment(comment);
        states.returnForConsolidation(report, actor.username(), body);
        workflow.complete(task.id(), Map.of(ReportProcess.APPROVAL_OUTCOME, ReportProcess.RETURN));
        audit.record(actor, AuditAction.RETURNED_BY_SIGNER, AuditTargets.report(report.id()), report.id(), body, null);
    }

    private static void requireOffice(Actor actor) {
        if (!actor.has(Role.OFFICE)) {
            throw AppException.forbidden("error.office.only");
        }
    }

    private static void requireSigner(Actor actor, Report report) {
        if (!actor.has(Role.LEADERSHIP) || actor.userId() != report.signerId()) {
            throw AppException.forbidden("error.approve.notSigner");
        }
    }

    private static String requireComment(String comment) {
        if (comment == null || comment.isBlank()) {
            throw AppException.invalid(
                    List.of(new Violation("comment", vn.dangbo.baocao.common.Messages.get("error.return.comment"))),
                    "error.return.comment");
        }
        List<Violation> problems = new java.util.ArrayList<>();
        String checked = vn.dangbo.baocao.common.TextInput.check(
                "comment", vn.dangbo.baocao.common.Messages.get("field.comment"), comment, MAX_COMMENT, true, problems);
        if (!problems.isEmpty()) {
            throw AppException.invalid(problems, "error.text.invalid");
        }
        return checked;
    }
}
