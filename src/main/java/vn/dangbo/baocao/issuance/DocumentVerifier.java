package vn.dangbo.baocao.issuance;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Hashes;
import vn.dangbo.baocao.signing.PdfSignatures;
import vn.dangbo.baocao.signing.SigningException;
import vn.dangbo.baocao.signing.VerifiedSignature;

/** Public verification of issued documents, by hash or by the file itself; needs no login. */
@Service
public class DocumentVerifier {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    static final int MAX_UPLOAD = 20 * 1024 * 1024;

    private final IssuedDocuments documents;

    DocumentVerifier(IssuedDocuments documents) {
        this.documents = documents;
    }

    /** The register line of a hash (of the .docx or of the signed PDF) with the stored PDF's signatures. */
    @Transactional(readOnly = true)
    public DocumentVerification byHash(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256.trim()).matches()) {
            throw AppException.invalid("verify.badHash");
        }
        String hash = sha256.trim().toLowerCase();
        IssuedDocuments.Found found =
                documents.byHash(hash).orElseThrow(() -> AppException.notFound("verify.unknownHash"));
        // the hash names one file: the .docx carries no signature, whatever the PDF issued beside it carries
        if (hash.equals(found.document().sha256())) {
            return result(hash, Optional.of(found), "docx", List.of());
        }
        List<VerifiedSignature> signatures = found.pdf() == null ? List.of() : PdfSignatures.verify(found.pdf());
        return result(hash, Optional.of(found), "pdf", signatures);
    }

    /** An uploaded file: its own signatures, and the register line if the file is exactly one we issued. */
    @Transactional(readOnly = true)
    public DocumentVerification file(byte[] content) {
        if (content == null || content.length == 0) {
            throw AppException.invalid("verify.emptyFile");
        }
        if (content.length > MAX_UPLOAD) {
            throw AppException.tooLarge("verify.tooLarge");
        }
        String hash = Hashes.sha256(content);
        Optional<IssuedDocuments.Found> found = documents.byHash(hash);
        if (!isPdf(content)) {
            return result(hash, found, "docx", List.of());
        }
        try {
            return result(hash, found, "pdf", PdfSignatures.verify(content));
        } catch (SigningException e) {
            throw AppException.invalid("verify.notPdf");
        }
    }

    private static DocumentVerification result(
            String hash, Optional<IssuedDocuments.Found> found, String kind, List<VerifiedSignature> signatures) {
        Boolean unchanged = signatures.isEmpty() ? null : PdfSignatures.unchanged(signatures);
        return new DocumentVerification(
                hash,
                found.isPresent(),
                found.map(IssuedDocuments.Found::issuedBy).orElse(null),
                found.map(IssuedDocuments.Found::symbol).orElse(null),
                found.map(f -> f.document().issuedOn()).orElse(null),
                found.map(f -> f.document().issuedAt()).orElse(null),
                found.map(f -> f.document().title()).orElse(null),
                kind,
                signatures,
                unchanged);
    }

    private static boolean isPdf(byte[] content) {
        return content.length > 4 && content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F';
    }
}
