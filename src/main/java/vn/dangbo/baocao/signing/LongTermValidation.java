package vn.dangbo.baocao.signing;

import java.net.URI;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.dangbo.baocao.signing.cms.LongTermSigner;
import vn.dangbo.baocao.signing.revocation.RevocationLists;
import vn.dangbo.baocao.signing.tsa.TimestampAuthority;

/**
 * What each signature gets beyond B-B, from the installation's configuration: a revocation check of the
 * certificate against the configured CRLs (embedded in the signature), and an RFC 3161 timestamp (B-T) when a
 * timestamp authority is configured. Both fail closed with a Vietnamese reason ({@link SigningException}).
 */
@Component
public class LongTermValidation {

    private static final byte[] PROBE = new byte[32];

    private final TimestampAuthority timestamps;
    private final RevocationLists revocation;

    LongTermValidation(
            @Value("${app.signing.tsa-url:}") String tsaUrl,
            @Value("${app.signing.crl-urls:}") String crlUrls,
            @Value("${app.signing.network-timeout:10s}") Duration timeout) {
        this.timestamps = tsaUrl.isBlank() ? null : new TimestampAuthority(URI.create(tsaUrl.trim()), timeout);
        this.revocation = new RevocationLists(
                Arrays.stream(crlUrls.split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .map(URI::create)
                        .toList(),
                timeout);
    }

    /** The signers, each checked against the revocation lists and wrapped to timestamp and embed them. */
    List<Signer> prepare(List<Signer> signers, Instant at) {
        return signers.stream()
                .map(signer -> {
                    List<X509CRL> crls = revocation.check(signer.chain(), at);
                    return timestamps == null && crls.isEmpty()
                            ? signer
                            : (Signer) new LongTermSigner(signer, timestamps, crls);
                })
                .toList();
    }

    /** Before the approval: the timestamp authority, if any, answers now. */
    public void checkTimestampAuthority() {
        if (timestamps != null) {
            timestamps.token(PROBE);
        }
    }

    public boolean timestamps() {
        return timestamps != null;
    }
}
