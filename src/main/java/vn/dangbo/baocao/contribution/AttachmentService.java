package vn.dangbo.baocao.contribution;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.baocao.audit.AuditAction;
import vn.dangbo.baocao.audit.AuditTargets;
import vn.dangbo.baocao.audit.AuditTrail;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Hashes;
import vn.dangbo.baocao.common.ZipInspection;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.Unit;
import vn.dangbo.baocao.organisation.OrganisationRepository;

/**
 * Phụ lục of a unit's part of a section: .xlsx, .pdf or .docx, recognised by their content, not their name.
 * The writer of the part adds and removes them while it may change the part; the office and the leadership
 * (and the unit) download them.
 */
@Service
public class AttachmentService {

    /** Largest attachment accepted (documented in docs/unitwork.md). */
    public static final int MAX_BYTES = 10 << 20;

    static final int MAX_PER_PART = 20;
    private static final byte[] PDF_MAGIC = ZipInspection.ascii("%PDF-");

    /** A file to download. */
    public record Download(String fileName, String contentType, String sha256, byte[] content) {}

    enum Kind {
        XLSX(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        DOCX(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        PDF(".pdf", "application/pdf");

        final String extension;
        final String contentType;

        Kind(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }
    }

    private final ContributionService contributions;
    private final AttachmentRepository attachments;
    private final OrganisationRepository organisations;
    private final AuditTrail audit;

    AttachmentService(
            ContributionService contributions,
            AttachmentRepository attachments,
            OrganisationRepository organisations,
            AuditTrail audit) {
        this.contributions = contributions;
        this.attachments = attachments;
        this.organisations = organisations;
        this.audit = audit;
    }

    @Transactional
    public Attachment add(
            Actor actor, long reportId, String sectionCode, String unitCode, String fileName, byte[] content) {
        Unit unit = contributions.partOwner(actor, reportId, sectionCode, unitCode, true);
        if (content == null || content.length == 0) {
            throw AppException.invalid("error.attachment.empty");
        }
        if (content.length > MAX_BYTES) {
            throw AppException.tooLarge("error.attachment.tooLarge", MAX_BYTES >> 20);
        }
        Kind kind = kindOf(content);
        String name = WordImport.safeName(fileName);
        if (name.isBlank()) {
            name = "phu-luc" + kind.extension;
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith(kind.extension)) {
            throw AppException.invalid("error.attachment.nameMismatch", name, kind.extension);
        }
        if (attachments.active(reportId, sectionCode, unit.id()).size() >= MAX_PER_PART) {
            throw AppException.invalid("error.attachment.tooMany", MAX_PER_PART);
        }
        String sha256 = Hashes.sha256(content);
        long id = attachments.insert(
                reportId, sectionCode, unit.id(), name, kind.contentType, content, sha256, actor.username());
        audit.record(
                actor,
                AuditAction.ATTACHMENT_ADDED,
                AuditTargets.section(sectionCode, unit.code()),
                reportId,
                name,
                sha256);
        return attachments.find(reportId, id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Attachment> list(Actor actor, long reportId, String sectionCode, String unitCode) {
        Unit unit = contributions.partOwner(actor, reportId, sectionCode, unitCode, false);
        return attachments.active(reportId, sectionCode, unit.id());
    }

    @Transactional(readOnly = true)
    public Download download(Actor actor, long reportId, String sectionCode, long attachmentId) {
        Attachment attachment = owned(actor, reportId, sectionCode, attachmentId, false);
        return new Download(
                attachment.fileName(),
                attachment.contentType(),
                attachment.sha256(),
                attachments.content(attachment.id()));
    }

    @Transactional
    public void remove(Actor actor, long reportId, String sectionCode, long attachmentId) {
        Attachment attachment = owned(actor, reportId, sectionCode, attachmentId, true);
        attachments.markDeleted(attachment.id(), actor.username());
        Unit unit = organisations.unit(attachment.unitId()).orElseThrow();
        audit.record(
                actor,
                AuditAction.ATTACHMENT_REMOVED,
                AuditTargets.section(sectionCode, unit.code()),
                reportId,
                attachment.fileName(),
                attachment.sha256());
    }

    /** The attachment, checked against the part it belongs to (not the unit the request names). */
    private Attachment owned(Actor actor, long reportId, String sectionCode, long attachmentId, boolean change) {
        Attachment attachment = attachments
                .find(reportId, attachmentId)
                .filter(a -> a.sectionCode().equals(sectionCode))
                .orElseThrow(() -> AppException.notFound("error.attachment.notFound", attachmentId));
        String unitCode =
                organisations.unit(attachment.unitId()).map(Unit::code).orElseThrow();
        contributions.partOwner(actor, reportId, sectionCode, unitCode, change);
        return attachment;
    }

    static Kind kindOf(byte[] content) {
        if (ZipInspection.startsWith(content, PDF_MAGIC)) {
            return Kind.PDF;
        }
        if (!ZipInspection.looksLikeZip(content)) {
            throw AppException.invalid("error.attachment.type");
        }
        ZipInspection.Contents contents = ZipInspection.inspect(content, ZipInspection.Limits.DEFAULT);
        if (contents.hasMacros()) {
            throw AppException.invalid("error.import.macro");
        }
        if (contents.has("[Content_Types].xml") && contents.has("xl/workbook.xml")) {
            return Kind.XLSX;
        }
        if (contents.has("[Content_Types].xml") && contents.has("word/document.xml")) {
            return Kind.DOCX;
        }
        throw AppException.invalid("error.attachment.type");
    }
}
