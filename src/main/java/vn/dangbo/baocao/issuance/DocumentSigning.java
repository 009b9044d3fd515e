package vn.dangbo.baocao.issuance;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.identity.Organisation;
import vn.dangbo.baocao.organisation.AppUser;
import vn.dangbo.baocao.signing.PdfSignatures;
import vn.dangbo.baocao.signing.Placement;
import vn.dangbo.baocao.signing.SignatureStep;
import vn.dangbo.baocao.signing.Signer;
import vn.dangbo.baocao.signing.SigningException;
import vn.dangbo.baocao.signing.SigningKeys;

/**
 * The issued document as a signed PDF, for organisations that have installed their certificate: the signer's
 * signature over the name in the signature block, then the organisation's over the number. Organisations
 * without one issue the .docx only, as before.
 */
@Component
class DocumentSigning {

    private final SigningKeys keys;
    private final PdfDocuments pdfs;
    private final Clock clock;

    DocumentSigning(SigningKeys keys, PdfDocuments pdfs, Clock clock) {
        this.keys = keys;
        this.pdfs = pdfs;
        this.clock = clock;
    }

    /** Before the approval: both certificates usable now, or a Vietnamese refusal (409) and nothing changes. */
    void check(Organisation organisation, AppUser signer) {
        if (keys.installed(organisation.id())) {
            try {
                keys.signers(organisation.id(), signer.username(), signer.fullName(), clock.instant());
            } catch (SigningException e) {
                throw AppException.conflict("signing.refused", e.getMessage());
            }
        }
    }

    /** The signed PDF, or empty when the organisation does not sign; a failure throws (the issue rolls back). */
    Optional<byte[]> sign(Organisation organisation, AppUser signer, String symbol, byte[] docx, String sha256) {
        if (!keys.installed(organisation.id())) {
            return Optional.empty();
        }
        var now = clock.instant();
        List<Signer> signers = keys.signers(organisation.id(), signer.username(), signer.fullName(), now);
        byte[] pdf = pdfs.pdf(sha256, docx);
        return Optional.of(PdfSignatures.sign(
                pdf,
                List.of(
                        new SignatureStep(
                                signers.get(0),
                                Messages.get("signing.reason.signer"),
                                Placement.aboveName(signer.fullName())),
                        new SignatureStep(
                                signers.get(1),
                                Messages.get("signing.reason.organisation"),
                                Placement.overNumber(symbol))),
                now,
                organisation.name()));
    }
}
