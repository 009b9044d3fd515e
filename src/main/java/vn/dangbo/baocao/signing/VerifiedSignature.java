package vn.dangbo.baocao.signing;

import java.time.Instant;

/**
 * One signature found in a PDF. {@code intact}: the CMS signature matches the bytes it covers;
 * {@code coversWholeDocument}: nothing was appended after it (true for the last signature of an
 * unchanged document); {@code timestamp}: the time an RFC 3161 timestamp authority vouched for (B-T), when the
 * signature carries a token that matches it and verifies, else null.
 */
public record VerifiedSignature(
        String name,
        String subject,
        String issuer,
        Instant notBefore,
        Instant notAfter,
        Instant signingTime,
        String reason,
        boolean intact,
        boolean coversWholeDocument,
        Instant timestamp) {

    public boolean validAtSigning() {
        return signingTime != null && !signingTime.isBefore(notBefore) && !signingTime.isAfter(notAfter);
    }
}
