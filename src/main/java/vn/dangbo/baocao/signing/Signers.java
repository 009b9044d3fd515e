package vn.dangbo.baocao.signing;

import vn.dangbo.baocao.signing.keystore.Pkcs12Signer;
import vn.dangbo.baocao.signing.remote.RemoteSigner;

/** The two ways to hold a key: a PKCS#12 keystore, or a remote signing service. */
public final class Signers {

    private Signers() {}

    public static Signer pkcs12(byte[] keystore, char[] password) {
        return Pkcs12Signer.load(keystore, password);
    }

    public static Signer remote(RemoteSigningService service) {
        return new RemoteSigner(service);
    }
}
