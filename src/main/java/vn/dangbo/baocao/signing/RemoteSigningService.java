package vn.dangbo.baocao.signing;

import java.security.cert.X509Certificate;
import java.util.List;

/** A provider's signing service or a USB-token client: the hash goes out, a CMS signature comes back. */
public interface RemoteSigningService {

    List<X509Certificate> chain();

    /** A detached CMS SignedData over the given SHA-256 digest. */
    byte[] signHash(byte[] sha256);
}
