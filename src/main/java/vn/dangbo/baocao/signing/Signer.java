package vn.dangbo.baocao.signing;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Holds one signing key, wherever it lives (a PKCS#12 keystore here, a remote service or a USB token
 * elsewhere). The PDF never leaves this process: a signer receives the SHA-256 of the signed byte
 * range and returns a detached CMS SignedData over it.
 */
public interface Signer {

    /** The signing certificate first, then its issuers as far as they are known. */
    List<X509Certificate> chain();

    /** A detached CMS SignedData (PAdES: ESS signing-certificate-v2, no signing-time) over the digest. */
    byte[] sign(byte[] sha256);

    default X509Certificate certificate() {
        return chain().get(0);
    }
}
