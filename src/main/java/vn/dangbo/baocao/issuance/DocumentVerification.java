package vn.dangbo.baocao.issuance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dangbo.baocao.signing.VerifiedSignature;

/**
 * What anyone holding a document may learn about it: the register line it belongs to (if any), the
 * signatures found in the PDF, and whether the PDF changed after it was signed ({@code unchanged} is
 * null when there is no signed PDF to judge, e.g. a .docx).
 */
public record DocumentVerification(
        String sha256,
        boolean registered,
        String issuedBy,
        String number,
        LocalDate issuedOn,
        Instant issuedAt,
        String title,
        String fileKind,
        List<VerifiedSignature> signatures,
        Boolean unchanged) {}
