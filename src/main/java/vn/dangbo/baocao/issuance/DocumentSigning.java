package vn.dangbo.baocao.issuance;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.identity.Organisation;
import vn.dangbo.baocao.organisation.AppUser;
import vn.dangbo.baocao.signing.LongTermValidation;
import vn.dangbo.baocao.signing.PdfSignatures;
import vn.dangbo.baocao.signing.Placement;
import vn.dangbo.baocao.signing.SignatureStep;
import vn.dangbo.baocao.signing.Signer;
import vn.dangbo.baocao.signing.SigningException;
import vn.dangbo.baocao.signing.SigningKeys;
import vn.dangbo.baocao.signing.SigningPolicy;

/**
 * The issued document as PDF, converted at issue time so that downloading it is immediate; signed, for
 * organisations that have installed their certificate, by the signer over the name in the signature block, then
 * by the organisation over the number. When signing fails, the organisation's {@link SigningPolicy} decides:
 * refuse (before the approval, and the issue rolls back) or issue unsigned, flagged "chờ ký số".
 */
@Component
class DocumentSigning {

    /** What issuing stores next to the .docx: the PDF (null when none could be made) and its signing state. */
    record IssuedPdf(byte[] pdf, SigningState state, String failure) {}

    private static final Logger log = LoggerFactory.getLogger(DocumentSigning.class);

    private final SigningKeys keys;
    private final SigningPolicy policy;
    private final LongTermValidation longTerm;
    private final PdfDocuments pdfs;
    private final Clock clock;

    DocumentSigning(
            SigningKeys keys, SigningPolicy policy, LongTermValidation longTerm, PdfDocuments pdfs, Clock clock) {
        this.keys = keys;
        this.policy = policy;
        this.longTerm = longTerm;
        this.pdfs = pdfs;
        this.clock = clock;
    }

    /**
     * Before the approval: both certificates usable now, or a Vietnamese refusal (409) and nothing changes —
     * unless the organisation issues unsigned and signs later.
     */
    void check(Organisation organisation, AppUser signer) {
        if (keys.installed(organisation.id()) && !policy.signLater(organisation.id())) {
            try {
                keys.signers(organisation.id(), signer.username(), signer.fullName(), clock.instant());
                longTerm.checkTimestampAuthority();
            } catch (SigningException e) {
                throw AppException.conflict("signing.refused", e.getMessage());
            }
        }
    }

    /** At issue time; a failure to sign throws (the issue rolls back) unless the organisation signs later. */
    IssuedPdf issue(Organisation organisation, AppUser signer, String symbol, byte[] docx) {
        if (!keys.installed(organisation.id())) {
            // converted on first download (kept-alive LibreOffice: ~0.1-0.2 s), as before signing existed
            return new IssuedPdf(null, null, null);
        }
        try {
            return new IssuedPdf(sign(organisation, signer, symbol, pdfs.convert(docx)), SigningState.SIGNED, null);
        } catch (SigningException | PdfConversionException | AppException e) {
            if (!policy.signLater(organisation.id())) {
                throw e;
            }
            log.info("Issuing {} unsigned, to be signed later: {}", symbol, e.getMessage());
            return new IssuedPdf(unsignedOrNull(docx), SigningState.PENDING, e.getMessage());
        }
    }

    /** The signer's "Ký số" on a document issued unsigned: its stored PDF (or a new conversion), signed now. */
    byte[] signLater(Organisation organisation, AppUser signer, String symbol, byte[] unsignedPdf, byte[] docx) {
        try {
            byte[] pdf = unsignedPdf != null ? unsignedPdf : pdfs.convert(docx);
            return sign(organisation, signer, symbol, pdf);
        } catch (SigningException | PdfConversionException e) {
            throw AppException.conflict("signing.later.failed", e.getMessage());
        }
    }

    private byte[] sign(Organisation organisation, AppUser signer, String symbol, byte[] pdf) {
        Instant now = clock.instant();
        List<Signer> signers = keys.signers(organisation.id(), signer.username(), signer.fullName(), now);
        return PdfSignatures.sign(
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
                organisation.name());
    }

    /** An unsigned PDF is a convenience: without LibreOffice it is made when first downloaded. */
    private byte[] unsignedOrNull(byte[] docx) {
        if (!pdfs.installed()) {
            return null;
        }
        try {
            return pdfs.convert(docx);
        } catch (PdfConversionException | AppException e) {
            log.warn("No PDF at issue time, it will be converted when downloaded: {}", e.getMessage());
            return null;
        }
    }
}
