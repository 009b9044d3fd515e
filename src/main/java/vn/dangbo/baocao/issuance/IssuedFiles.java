package vn.dangbo.baocao.issuance;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** The stored bytes of an issued .docx, for features that receive it (no access rule: callers check). */
@Component
public class IssuedFiles {

    private final IssuedDocuments documents;

    IssuedFiles(IssuedDocuments documents) {
        this.documents = documents;
    }

    public byte[] docx(long issuedDocumentId) {
        return documents.content(issuedDocumentId);
    }

    /** The report's issue once more, for a receiver that may have missed it; empty while it is not issued. */
    public Optional<ReportIssued> issued(long organisationId, long reportId) {
        return documents
                .ofReport(reportId)
                .map(d -> new ReportIssued(organisationId, reportId, d.id(), d.symbol(), d.issuedOn(), d.sha256()));
    }
}
