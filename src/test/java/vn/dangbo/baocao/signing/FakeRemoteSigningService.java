package vn.dangbo.baocao.signing;

import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import vn.dangbo.baocao.signing.cms.DigestCms;

/** Stands in for a provider's signing service: receives only a hash, returns a CMS signature. */
final class FakeRemoteSigningService implements RemoteSigningService {

    final AtomicInteger calls = new AtomicInteger();
    volatile boolean tamper;
    private final PrivateKey key;
    private final List<X509Certificate> chain;

    FakeRemoteSigningService(byte[] pkcs12) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new java.io.ByteArrayInputStream(pkcs12), TestCa.PASSWORD);
            key = (PrivateKey) store.getKey("signer", TestCa.PASSWORD);
            chain = Arrays.stream(store.getCertificateChain("signer"))
                    .map(X509Certificate.class::cast)
                    .toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<X509Certificate> chain() {
        return chain;
    }

    @Override
    public byte[] signHash(byte[] sha256) {
        calls.incrementAndGet();
        if (sha256.length != 32) {
            throw new IllegalArgumentException("a SHA-256 digest is 32 bytes");
        }
        byte[] signed = tamper ? new byte[32] : sha256;
        return DigestCms.sign(signed, key, chain);
    }
}
