package vn.dangbo.baocao.signing.keystore;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.signing.Signer;
import vn.dangbo.baocao.signing.SigningException;
import vn.dangbo.baocao.signing.cms.DigestCms;

/** A signer whose key is in a PKCS#12 keystore (the first entry holding a private key). */
public final class Pkcs12Signer implements Signer {

    private final PrivateKey key;
    private final List<X509Certificate> chain;

    private Pkcs12Signer(PrivateKey key, List<X509Certificate> chain) {
        this.key = key;
        this.chain = chain;
    }

    /** Reads the keystore; the password array is wiped afterwards. */
    public static Pkcs12Signer load(byte[] pkcs12, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(pkcs12), password);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias) && store.getKey(alias, password) instanceof PrivateKey key) {
                    Certificate[] certificates = store.getCertificateChain(alias);
                    if (certificates != null && certificates.length > 0) {
                        return new Pkcs12Signer(
                                key,
                                Arrays.stream(certificates)
                                        .map(X509Certificate.class::cast)
                                        .toList());
                    }
                }
            }
            throw new SigningException(Messages.get("signing.keystore.noKey"));
        } catch (IOException | GeneralSecurityException e) {
            throw new SigningException(Messages.get("signing.keystore.unreadable"), e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    @Override
    public List<X509Certificate> chain() {
        return chain;
    }

    @Override
    public byte[] sign(byte[] sha256) {
        return DigestCms.sign(sha256, key, chain);
    }
}
