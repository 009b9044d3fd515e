package vn.dangbo.baocao.signing;

import java.util.Objects;

/** One signature to add: who signs, why, and where its appearance goes. */
public record SignatureStep(Signer signer, String reason, Placement placement) {

    public SignatureStep {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(placement, "placement");
    }
}
