package vn.dangbo.baocao.signing;

import java.time.Instant;
import java.util.List;
import vn.dangbo.baocao.signing.cms.Certificates;
import vn.dangbo.baocao.signing.pdf.PadesWriter;
import vn.dangbo.baocao.signing.pdf.SignatureReader;

/** Signs a PDF with several signatures in order (signer, then organisation) and reads them back. */
public final class PdfSignatures {

    private PdfSignatures() {}

    /**
     * Checks every certificate first (so a refusal signs nothing), then adds the signatures one
     * incremental update after another.
     */
    public static byte[] sign(byte[] pdf, List<SignatureStep> steps, Instant time, String organisation) {
        steps.forEach(step -> Certificates.checkUsable(step.signer().certificate(), time));
        byte[] result = pdf;
        for (SignatureStep step : steps) {
            result = PadesWriter.addSignature(result, step, time, organisation);
        }
        return result;
    }

    public static List<VerifiedSignature> verify(byte[] pdf) {
        return SignatureReader.read(pdf);
    }

    /** The document is unchanged since the last signature and every signature is intact. */
    public static boolean unchanged(List<VerifiedSignature> signatures) {
        return !signatures.isEmpty()
                && signatures.stream().allMatch(VerifiedSignature::intact)
                && signatures.get(signatures.size() - 1).coversWholeDocument();
    }
}
