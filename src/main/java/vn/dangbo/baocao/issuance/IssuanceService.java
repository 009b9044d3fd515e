package vn.dangbo.baocao.issuance;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.baocao.audit.AuditAction;
import vn.dangbo.baocao.audit.AuditTrail;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Hashes;
import vn.dangbo.baocao.organisation.Actor;
import vn.dangbo.baocao.organisation.Organisation;
import vn.dangbo.baocao.organisation.OrganisationRepository;
import vn.dangbo.baocao.report.Report;
import vn.dangbo.baocao.report.ReportAccess;
import vn.dangbo.baocao.report.ReportRepository;
import vn.dangbo.baocao.report.ReportStatus;
import vn.dangbo.baocao.template.TemplateCatalog;

/** Issuing an approved report: number, date, render, store with its hash; and reading issued files. */
@Service
public class IssuanceService {

    /** A file to download. */
    public record FileDownload(String fileName, byte[] content, String sha256) {
    }

    private final ReportRepository reports;
    private final ReportAccess access;
    private final OrganisationRepository organisations;
    private final TemplateCatalog templates;
    private final RegisterService register;
    private final IssuedDocuments documents;
    private final DocumentAssembler assembler;
    private final DocumentRenderer renderer;
    private final FormatProfile profile;
    private final AuditTrail audit;
    private final Clock clock;
    private final int firstNumber;

    IssuanceService(ReportRepository reports, ReportAccess access, OrganisationRepository organisations,
                    TemplateCatalog templates, RegisterService register, IssuedDocuments documents,
                    DocumentAssembler assembler, DocumentRenderer renderer, FormatProfile profile, AuditTrail audit,
                    Clock clock,
                    @Value("${app.register.first-number:1}") int firstNumber) {
        this.reports = reports;
        this.access = access;
        this.organisations = organisations;
        this.templates = templates;
        this.register = register;
        this.documents = documents;
        this.assembler = assembler;
        this.renderer = renderer;
        this.profile = profile;
        this.audit = audit;
        this.clock = clock;
        this.firstNumber = firstNumber;
    }

    /** Issues the report once; running it again (a retried job) changes nothing. */
    @Transactional
    public void issue(long reportId) {
        Report report = reports.lock(reportId).orElseThrow();
        if (report.status() != ReportStatus.AWAITING_APPROVAL || documents.ofReport(reportId).isPresent()) {
            return;
        }
        Organisation organisation = organisations.organisation(report.organisationId()).orElseThrow();
        String documentType = templates.template(report.templateId()).documentType();
        RegisterService.Taken taken = register.take(organisation.id(), organisation.issuerCode(), documentType,
                organisation.termStart(), firstNumber);
        String symbol = profile.symbol(taken.number(), documentType, organisation.issuerCode());
        LocalDate date = Formats.today(clock);
        byte[] content = renderer.render(assembler.assemble(report, symbol, date));
        String sha256 = Hashes.sha256(content);
        documents.insert(organisation.id(), taken.registerId(), taken.number(), symbol, reportId, report.title(), date,
                fileName(symbol, date), sha256, content);
        reports.setStatus(reportId, ReportStatus.ISSUED);
        audit.recordSystem(organisation.id(), AuditAction.ISSUED, "report:" + reportId, reportId, "Số " + symbol,
                sha256);
    }

    @Transactional(readOnly = true)
    public FileDownload document(Actor actor, long reportId) {
        access.visible(actor, reportId);
        IssuedDocument issued = documents.ofReport(reportId)
                .orElseThrow(() -> AppException.conflict("error.document.notIssued"));
        return new FileDownload(issued.fileName(), documents.content(issued.id()), issued.sha256());
    }

    @Transactional(readOnly = true)
    public FileDownload preview(Actor actor, long reportId) {
        Report report = access.visible(actor, reportId);
        byte[] content = renderer.render(assembler.assemble(report, null, null));
        return new FileDownload("du-thao-bao-cao-" + reportId + ".docx", content, Hashes.sha256(content));
    }

    /** The current draft as a document model, for reading it on screen. */
    @Transactional(readOnly = true)
    public DocumentModel draft(Actor actor, long reportId) {
        Report report = access.visible(actor, reportId);
        return assembler.assemble(report, null, null);
    }

    @Transactional(readOnly = true)
    public List<IssuedDocument> register(Actor actor, Integer year) {
        return documents.list(actor.organisationId(), year);
    }

    static String fileName(String symbol, LocalDate date) {
        String ascii = Normalizer.normalize(symbol.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('/', '-');
        return ascii + "-" + date + ".docx";
    }
}
