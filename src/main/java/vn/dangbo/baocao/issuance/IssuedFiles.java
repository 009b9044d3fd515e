package vn.dangbo.baocao.issuance;

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
}
