package vn.dangbo.baocao.round;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.baocao.audit.AuditAction;
import vn.dangbo.baocao.audit.AuditTrail;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Hashes;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.TextInput;
import vn.dangbo.baocao.common.Violation;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.Organisation;
import vn.dangbo.baocao.identity.Role;
import vn.dangbo.baocao.issuance.IssuanceService.FileDownload;
import vn.dangbo.baocao.issuance.IssuedFiles;
import vn.dangbo.baocao.issuance.ReportIssued;
import vn.dangbo.baocao.notification.NotificationKind;
import vn.dangbo.baocao.notification.NotificationService;
import vn.dangbo.baocao.organisation.OrganisationRepository;
import vn.dangbo.baocao.report.Report;
import vn.dangbo.baocao.report.Reports;

/**
 * The superior's register of incoming documents (Văn bản đến): a child's issued document is delivered here,
 * its SHA-256 recomputed from the bytes before anything is recorded, and kept read-only with its figures. A
 * corrected report arrives as the next version, linked to the one it replaces.
 */
@Service
public class RoundReceipts {

    private final RoundRepository rounds;
    private final RoundWorkflow workflow;
    private final Reports reports;
    private final IssuedFiles files;
    private final ChildFigures figures;
    private final OrganisationRepository organisations;
    private final NotificationService notifications;
    private final RoundService service;
    private final AuditTrail audit;
    private final Clock clock;

    RoundReceipts(
            RoundRepository rounds,
            RoundWorkflow workflow,
            Reports reports,
            IssuedFiles files,
            ChildFigures figures,
            OrganisationRepository organisations,
            NotificationService notifications,
            RoundService service,
            AuditTrail audit,
            Clock clock) {
        this.rounds = rounds;
        this.workflow = workflow;
        this.reports = reports;
        this.files = files;
        this.figures = figures;
        this.organisations = organisations;
        this.notifications = notifications;
        this.service = service;
        this.audit = audit;
        this.clock = clock;
    }

    /** Delivers an issued report to the superior that asked for it; reports of no round are left alone. */
    @Transactional
    public Optional<Long> deliver(ReportIssued issued) {
        return deliver(issued, files.docx(issued.issuedDocumentId()));
    }

    /** The same with the bytes as read from the sender's store; refused when they do not match the hash. */
    @Transactional
    Optional<Long> deliver(ReportIssued issued, byte[] stored) {
        Optional<RoundRepository.ChildLine> found = rounds.lockChildOfReport(issued.reportId());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RoundRepository.ChildLine line = found.get();
        Round round = rounds.round(line.roundId()).orElseThrow();
        if (rounds.received(round.organisationId(), issued.issuedDocumentId())) {
            return Optional.empty();
        }
        String recomputed = Hashes.sha256(stored);
        if (!recomputed.equals(issued.sha256())) {
            throw AppException.conflict("round.error.hashMismatch", issued.symbol(), issued.sha256(), recomputed);
        }
        Report report = reports.find(issued.reportId()).orElseThrow();
        Map<String, BigDecimal> values = figures.of(report);
        Optional<IncomingDocument> previous = rounds.latestIncoming(round.id(), line.organisationId());
        long id = rounds.insertIncoming(
                round.organisationId(),
                round.id(),
                line.organisationId(),
                issued.reportId(),
                issued.issuedDocumentId(),
                previous.map(p -> p.version() + 1).orElse(1),
                previous.map(IncomingDocument::id).orElse(null),
                issued.symbol(),
                issued.issuedOn(),
                clock.instant(),
                recomputed,
                fileName(issued),
                stored,
                values,
                figures.tableRows(report));
        rounds.setChildStatus(round.id(), line.organisationId(), "ISSUED");
        Organisation sender = organisations.organisation(line.organisationId()).orElseThrow();
        audit.recordSystem(
                round.organisationId(),
                AuditAction.DOCUMENT_RECEIVED,
                "incoming:" + id,
                null,
                Messages.get("round.audit.received", sender.shortName(), issued.symbol()),
                recomputed);
        workflow.delivered(round.processInstanceId(), sender.code());
        return Optional.of(id);
    }

    @Transactional(readOnly = true)
    public List<IncomingDocument> register(Actor actor) {
        requireReader(actor);
        return rounds.incoming(actor.organisationId());
    }

    @Transactional(readOnly = true)
    public IncomingDocument document(Actor actor, long id) {
        requireReader(actor);
        return rounds.incoming(actor.organisationId(), id)
                .orElseThrow(() -> AppException.notFound("round.error.incomingNotFound", id));
    }

    @Transactional(readOnly = true)
    public FileDownload file(Actor actor, long id) {
        IncomingDocument document = document(actor, id);
        byte[] content = rounds.content(actor.organisationId(), id);
        return new FileDownload(document.fileName(), content, Hashes.sha256(content));
    }

    /** The superior returns a received report with a comment: the child's office is told to correct it. */
    @Transactional
    public void returnDocument(Actor actor, long id, String comment) {
        if (!actor.has(Role.OFFICE)) {
            throw AppException.forbidden("error.office.only");
        }
        IncomingDocument document = document(actor, id);
        List<Violation> problems = new java.util.ArrayList<>();
        String text = TextInput.check("comment", Messages.get("round.field.comment"), comment, 2000, true, problems);
        if (text == null || text.isBlank()) {
            problems.add(new Violation("comment", Messages.get("round.error.comment")));
        }
        if (!problems.isEmpty()) {
            throw AppException.invalid(problems, "round.error.invalid");
        }
        if (document.returnedAt() != null) {
            throw AppException.conflict("round.error.alreadyReturned");
        }
        Optional<IncomingDocument> latest =
                rounds.latestIncoming(document.roundId(), sender(document).id());
        if (latest.map(IncomingDocument::id).orElse(-1L) != id) {
            throw AppException.conflict("round.error.notLatest");
        }
        rounds.markReturned(id, actor.username(), text.strip(), clock.instant());
        Organisation sender = sender(document);
        rounds.setChildStatus(document.roundId(), sender.id(), "RETURNED");
        audit.record(actor, AuditAction.DOCUMENT_RETURNED, "incoming:" + id, null, text.strip(), null);
        notifications.notifyUnit(
                sender.id(),
                service.office(sender).id(),
                null,
                document.reportId(),
                NotificationKind.RETURNED,
                Messages.get(
                        "round.notice.returned", actor.organisation().shortName(), document.symbol(), text.strip()));
    }

    private Organisation sender(IncomingDocument document) {
        return organisations.organisationByCode(document.senderCode()).orElseThrow();
    }

    private static String fileName(ReportIssued issued) {
        return issued.symbol().replace('Đ', 'D').replace('/', '-') + "-"
                + Formats.date(issued.issuedOn()).replace('/', '-') + ".docx";
    }

    private static void requireReader(Actor actor) {
        if (!actor.has(Role.OFFICE) && !actor.has(Role.LEADERSHIP)) {
            throw AppException.forbidden("error.office.only");
        }
    }
}
