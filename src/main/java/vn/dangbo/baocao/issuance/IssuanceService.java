package vn.dangbo.baocao.issuance;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.baocao.audit.AuditAction;
import vn.dangbo.baocao.audit.AuditTargets;
import vn.dangbo.baocao.audit.AuditTrail;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Hashes;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.Violation;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.Organisation;
import vn.dangbo.baocao.identity.Role;
import vn.dangbo.baocao.organisation.AppUser;
import vn.dangbo.baocao.organisation.OrganisationRepository;
import vn.dangbo.baocao.report.Report;
import vn.dangbo.baocao.report.ReportAccess;
import vn.dangbo.baocao.report.ReportIssuer;
import vn.dangbo.baocao.report.ReportStates;
import vn.dangbo.baocao.report.ReportStatus;
import vn.dangbo.baocao.report.Reports;
import vn.dangbo.baocao.template.TemplateCatalog;

/** Issuing an approved report: number, date, render, store with its hash; and reading issued files. */
@Service
public class IssuanceService implements ReportIssuer {

    /** A file to download. */
    public record FileDownload(String fileName, byte[] content, String sha256) {}

    private final Reports reports;
    private final ReportStates states;
    private final ReportAccess access;
    private final OrganisationRepository organisations;
    private final TemplateCatalog templates;
    private final RegisterService register;
    private final IssuedDocuments documents;
    private final DocumentAssembler assembler;
    private final OrganisationProfiles profiles;
    private final AuditTrail audit;
    private final PdfDocuments pdfs;
    private final DocumentSigning signing;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    IssuanceService(
            Reports reports,
            ReportStates states,
            ReportAccess access,
            OrganisationRepository organisations,
            TemplateCatalog templates,
            RegisterService register,
            IssuedDocuments documents,
            DocumentAssembler assembler,
            OrganisationProfiles profiles,
            AuditTrail audit,
            PdfDocuments pdfs,
            DocumentSigning signing,
            Clock clock,
            ApplicationEventPublisher events) {
        this.reports = reports;
        this.states = states;
        this.access = access;
        this.organisations = organisations;
        this.templates = templates;
        this.register = register;
        this.documents = documents;
        this.assembler = assembler;
        this.profiles = profiles;
        this.audit = audit;
        this.pdfs = pdfs;
        this.signing = signing;
        this.clock = clock;
        this.events = events;
    }

    /** Issues the report once; running it again (a retried job) changes nothing. */
    @Transactional
    @Override
    public void issue(long reportId) {
        Report report = reports.lock(reportId).orElseThrow();
        if (report.status() != ReportStatus.AWAITING_APPROVAL
                || documents.ofReport(reportId).isPresent()) {
            return;
        }
        Organisation organisation =
                organisations.organisation(report.organisationId()).orElseThrow();
        var template = templates.template(report.templateId());
        String documentType = template.documentType();
        LocalDate date = Formats.today(clock);
        RegisterService.Taken taken = register.take(organisation, documentType, date);
        FormatProfile profile = profiles.of(organisation.id(), template.format());
        String symbol = profile.symbol(taken.number(), documentType, organisation.issuerCode());
        DocumentModel model = assembler.assemble(report, symbol, date);
        byte[] content = profiles.renderer(profile).render(model);
        String sha256 = Hashes.sha256(content);
        AppUser signer = organisations.user(report.signerId()).orElseThrow();
        DocumentSigning.IssuedPdf pdf = signing.issue(organisation, signer, symbol, content);
        documents.insert(
                organisation.id(),
                taken.registerId(),
                taken.number(),
                symbol,
                reportId,
                registerTitle(model, report),
                date,
                fileName(symbol, date),
                sha256,
                content);
        long documentId = documents.ofReport(reportId).orElseThrow().id();
        if (pdf.pdf() != null) {
            documents.attachPdf(documentId, pdfName(fileName(symbol, date)), Hashes.sha256(pdf.pdf()), pdf.pdf());
        }
        documents.setSigning(documentId, pdf.state(), pdf.failure());
        states.issued(report);
        audit.recordSystem(
                organisation.id(), AuditAction.ISSUED, AuditTargets.report(reportId), reportId, "Số " + symbol, sha256);
        events.publishEvent(new ReportIssued(organisation.id(), reportId, documentId, symbol, date, sha256));
    }

    /** The register names a document by its subject (trích yếu), as an office writes it in the sổ văn bản đi. */
    private static String registerTitle(DocumentModel model, Report report) {
        String subject =
                String.join(" ", model.subjectLines()).replaceAll("\\s+", " ").strip();
        return subject.isEmpty() ? report.title() : subject;
    }

    /**
     * Before the signer approves: when the organisation signs, both certificates must be usable now, else the
     * approval is refused (409, Vietnamese) before any number is taken.
     */
    @Transactional(readOnly = true)
    public void checkSigning(Report report) {
        Organisation organisation =
                organisations.organisation(report.organisationId()).orElseThrow();
        signing.check(organisation, organisations.user(report.signerId()).orElseThrow());
    }

    /**
     * The signer's "Ký số" on a document issued unsigned ("chờ ký số"): signs its PDF now, with today's
     * certificates; the number, date and .docx stay as issued. 409 with the reason when it still cannot be signed.
     */
    @Transactional
    public FileDownload signLater(Actor actor, long reportId) {
        Report report = access.visible(actor, reportId);
        if (report.signerId() != actor.userId()) {
            throw AppException.forbidden("signing.later.notSigner");
        }
        IssuedDocument issued =
                documents.lockOfReport(reportId).orElseThrow(() -> AppException.conflict("error.document.notIssued"));
        if (!issued.awaitingSignature()) {
            throw AppException.conflict("signing.later.notPending");
        }
        Organisation organisation =
                organisations.organisation(report.organisationId()).orElseThrow();
        AppUser signer = organisations.user(report.signerId()).orElseThrow();
        byte[] pdf = signing.signLater(
                organisation,
                signer,
                issued.symbol(),
                documents.signedPdf(issued.id()).orElse(null),
                documents.content(issued.id()));
        String pdfSha256 = Hashes.sha256(pdf);
        documents.attachPdf(issued.id(), pdfName(issued.fileName()), pdfSha256, pdf);
        documents.setSigning(issued.id(), SigningState.SIGNED, null);
        audit.record(actor, AuditAction.SIGNED, "report:" + reportId, reportId, "Số " + issued.symbol(), pdfSha256);
        return new FileDownload(pdfName(issued.fileName()), pdf, pdfSha256);
    }

    /** Why a document waits for its signature (the failure at issue time), if it does. */
    @Transactional(readOnly = true)
    public Optional<String> signingFailure(Actor actor, long reportId) {
        access.visible(actor, reportId);
        return documents.ofReport(reportId).flatMap(d -> documents.signingFailure(d.id()));
    }

    @Transactional(readOnly = true)
    public FileDownload document(Actor actor, long reportId) {
        access.visible(actor, reportId);
        IssuedDocument issued =
                documents.ofReport(reportId).orElseThrow(() -> AppException.conflict("error.document.notIssued"));
        return new FileDownload(issued.fileName(), documents.content(issued.id()), issued.sha256());
    }

    @Transactional(readOnly = true)
    public FileDownload preview(Actor actor, long reportId) {
        Report report = wholeDraft(actor, reportId);
        byte[] content =
                profiles.renderer(profiles.of(report.organisationId())).render(assembler.assemble(report, null, null));
        return new FileDownload("du-thao-bao-cao-" + reportId + ".docx", content, Hashes.sha256(content));
    }

    /**
     * The issued document as PDF, converted from the stored .docx (outside any transaction: it may take seconds).
     * 503 with a Vietnamese message when LibreOffice is missing or fails.
     */
    public FileDownload pdf(Actor actor, long reportId) {
        FileDownload docx = document(actor, reportId);
        long id = documents.ofReport(reportId).orElseThrow().id();
        byte[] pdf = documents.signedPdf(id).orElseGet(() -> pdfs.pdf(docx.sha256(), docx.content()));
        return new FileDownload(pdfName(docx.fileName()), pdf, Hashes.sha256(pdf));
    }

    /** The current draft as a document model, for reading it on screen. */
    @Transactional(readOnly = true)
    public DocumentModel draft(Actor actor, long reportId) {
        return assembler.assemble(wholeDraft(actor, reportId), null, null);
    }

    /**
     * The whole draft holds every unit's part, submitted or not: the office and the leadership read it; a chi bộ
     * reads its own part where it writes it, never the others' drafts.
     */
    private Report wholeDraft(Actor actor, long reportId) {
        Report report = access.visible(actor, reportId);
        if (!actor.has(Role.OFFICE) && !actor.has(Role.LEADERSHIP)) {
            throw AppException.forbidden("error.draft.forbidden");
        }
        return report;
    }

    @Transactional(readOnly = true)
    public List<IssuedDocument> register(Actor actor, Integer year) {
        return register(actor, new RegisterQuery(year, null, null, null));
    }

    /** The register of the actor's organisation, newest first (offices, leadership and admins). */
    @Transactional(readOnly = true)
    public List<IssuedDocument> register(Actor actor, RegisterQuery query) {
        if (!actor.has(Role.OFFICE) && !actor.has(Role.LEADERSHIP) && !actor.has(Role.ADMIN)) {
            throw AppException.forbidden("error.register.forbidden");
        }
        if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
            throw AppException.invalid(
                    List.of(new Violation("to", Messages.get("error.register.dateRange"))), "error.register.dateRange");
        }
        return documents.list(actor.organisationId(), query).stream()
                .filter(RegisterSearch.matching(query.text()))
                .toList();
    }

    /** The register as an Excel workbook, with the same search. */
    @Transactional(readOnly = true)
    public FileDownload registerWorkbook(Actor actor, RegisterQuery query) {
        byte[] content = RegisterWorkbook.write(register(actor, query));
        return new FileDownload("so-van-ban-di-" + Formats.today(clock) + ".xlsx", content, Hashes.sha256(content));
    }

    static String pdfName(String docxName) {
        return docxName.replaceAll("\\.docx$", "") + ".pdf";
    }

    static String fileName(String symbol, LocalDate date) {
        String ascii = Normalizer.normalize(symbol.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('/', '-');
        return ascii + "-" + date + ".docx";
    }
}
