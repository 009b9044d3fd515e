package vn.dangbo.baocao.local;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import vn.dangbo.baocao.identity.ActorDetails;
import vn.dangbo.baocao.organisation.OrganisationRepository;
import vn.dangbo.baocao.signing.SigningKeys;

/**
 * The demo commune signs what it issues: a demo CA made at start-up certifies the organisation and both
 * leaders, and the keystores are installed as an administrator would. Nothing private is ever in the repository.
 */
@Component
@Profile("demo")
@Order(2)
@ConditionalOnProperty(name = "app.demo.signing", havingValue = "true")
class DemoCertificates implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCertificates.class);

    private final SigningKeys keys;
    private final OrganisationRepository organisations;
    private final UserDetailsService users;

    DemoCertificates(SigningKeys keys, OrganisationRepository organisations, UserDetailsService users) {
        this.keys = keys;
        this.organisations = organisations;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        var organisation = organisations.organisationByCode(DemoData.ORGANISATION).orElse(null);
        if (organisation == null || keys.installed(organisation.id())) {
            return;
        }
        var admin = ((ActorDetails) users.loadUserByUsername("admin")).actor();
        KeyPair caKeys = rsa();
        Instant now = Instant.now();
        X509Certificate ca = certificate("CN=CA thử nghiệm (demo),O=Báo cáo Đảng ủy xã,C=VN", caKeys, null, caKeys,
                now.minus(1, ChronoUnit.DAYS), now.plus(3650, ChronoUnit.DAYS));
        for (String[] owner : new String[][] {{null, "Đảng ủy xã Xuân Hưng"}, {"bithu", "Phạm Văn Thắng"},
                {"phobithu", "Bùi Thị Hồng Chiên"}}) {
            KeyPair pair = rsa();
            X509Certificate cert = certificate("CN=" + owner[1] + ",O=Đảng ủy xã Xuân Hưng,C=VN", pair, ca,
                    caKeys, now.minus(1, ChronoUnit.DAYS), now.plus(730, ChronoUnit.DAYS));
            String secret = Long.toHexString(new SecureRandom().nextLong());
            keys.install(admin, owner[0], pkcs12(pair.getPrivate(), cert, ca, secret.toCharArray()),
                    secret.toCharArray());
        }
        log.info("Demo certificates installed: Đảng ủy xã Xuân Hưng, bithu, phobithu (demo CA, made at start-up)");
    }

    private static X509Certificate certificate(String subject, KeyPair pair, X509Certificate issuer, KeyPair issuerKeys,
                                               Instant from, Instant to) throws Exception {
        boolean isCa = issuer == null;
        var builder = isCa
                ? new JcaX509v3CertificateBuilder(new X500Name(subject), serial(), Date.from(from), Date.from(to),
                        new X500Name(subject), pair.getPublic())
                : new JcaX509v3CertificateBuilder(issuer, serial(), Date.from(from), Date.from(to),
                        new X500Name(subject), pair.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa));
        builder.addExtension(Extension.keyUsage, true, isCa ? new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)
                : new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        if (!isCa) {
            builder.addExtension(Extension.extendedKeyUsage, false,
                    new ExtendedKeyUsage(KeyPurposeId.id_kp_emailProtection));
        }
        var signer = new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate());
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    }

    private static byte[] pkcs12(PrivateKey key, X509Certificate cert, X509Certificate ca, char[] password)
            throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("signer", key, password, new X509Certificate[] {cert, ca});
        var out = new ByteArrayOutputStream();
        store.store(out, password);
        return out.toByteArray();
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static BigInteger serial() {
        return new BigInteger(63, new SecureRandom());
    }
}
