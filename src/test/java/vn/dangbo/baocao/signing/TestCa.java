package vn.dangbo.baocao.signing;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A certificate authority made at test time: no private key is ever committed. */
public final class TestCa {

    public static final char[] PASSWORD = "mat-khau-thu".toCharArray();
    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

    private final KeyPair keys;
    private final X509Certificate certificate;

    public TestCa(String name) {
        try {
            keys = rsa();
            Instant now = Instant.now();
            var builder = new JcaX509v3CertificateBuilder(
                    new X500Name(name),
                    serial(),
                    Date.from(now.minus(1, ChronoUnit.DAYS)),
                    Date.from(now.plus(3650, ChronoUnit.DAYS)),
                    new X500Name(name),
                    keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            certificate = sign(builder);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** A PKCS#12 keystore (password {@link #PASSWORD}) for a signing certificate. */
    public byte[] issuePkcs12(String subject, Instant notBefore, Instant notAfter) {
        try {
            KeyPair pair = rsa();
            X509Certificate issued = issue(subject, pair, notBefore, notAfter);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("signer", pair.getPrivate(), PASSWORD, new X509Certificate[] {issued, certificate});
            var out = new ByteArrayOutputStream();
            store.store(out, PASSWORD);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] issuePkcs12(String subject) {
        Instant now = Instant.now();
        return issuePkcs12(subject, now.minus(1, ChronoUnit.DAYS), now.plus(365, ChronoUnit.DAYS));
    }

    /** A certificate for a timestamp authority (extended key usage timeStamping, critical) and its key. */
    public KeyPair issueTimestamping(String subject, X509Certificate[] out) {
        try {
            KeyPair pair = rsa();
            Instant now = Instant.now();
            var builder = new JcaX509v3CertificateBuilder(
                    certificate,
                    serial(),
                    Date.from(now.minus(1, ChronoUnit.DAYS)),
                    Date.from(now.plus(365, ChronoUnit.DAYS)),
                    new X500Name(subject),
                    pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(
                    Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
            out[0] = sign(builder);
            return pair;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A DER CRL signed by this CA that revokes the given certificates (as of yesterday). */
    public byte[] crl(java.util.Collection<X509Certificate> revoked) {
        try {
            Instant now = Instant.now();
            var builder = new org.bouncycastle.cert.X509v2CRLBuilder(
                    X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()),
                    Date.from(now.minus(1, ChronoUnit.HOURS)));
            builder.setNextUpdate(Date.from(now.plus(7, ChronoUnit.DAYS)));
            for (X509Certificate c : revoked) {
                builder.addCRLEntry(
                        c.getSerialNumber(),
                        Date.from(now.minus(1, ChronoUnit.DAYS)),
                        org.bouncycastle.asn1.x509.CRLReason.keyCompromise);
            }
            return builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate()))
                    .getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public Signer signer(String subject) {
        return Signers.pkcs12(issuePkcs12(subject), PASSWORD.clone());
    }

    private X509Certificate issue(String subject, KeyPair pair, Instant notBefore, Instant notAfter) throws Exception {
        var builder = new JcaX509v3CertificateBuilder(
                certificate,
                serial(),
                Date.from(notBefore),
                Date.from(notAfter),
                new X500Name(subject),
                pair.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(
                Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        builder.addExtension(
                Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_emailProtection));
        return sign(builder);
    }

    private X509Certificate sign(JcaX509v3CertificateBuilder builder) throws Exception {
        var signer = new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static BigInteger serial() {
        return BigInteger.valueOf(SERIAL.incrementAndGet());
    }
}
