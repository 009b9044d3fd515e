package vn.dangbo.baocao.issuance;

import java.time.Instant;
import java.time.LocalDate;

/** A line of the register with its file's identity (the bytes are read separately) and its PDF's state. */
public record IssuedDocument(
        long id,
        long reportId,
        int number,
        String symbol,
        String title,
        LocalDate issuedOn,
        Instant issuedAt,
        String fileName,
        String sha256,
        boolean pdfStored,
        SigningState signing) {

    /** Issued unsigned by an organisation that signs: the signer still has to sign it ("chờ ký số"). */
    public boolean awaitingSignature() {
        return signing == SigningState.PENDING;
    }
}
