package vn.dangbo.baocao.signing.cms;

import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAbsentContent;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Builds a detached CMS SignedData for PAdES from a digest already computed (the PDF byte range is
 * hashed once, by the caller): signed attributes content-type, message-digest and ESS
 * signing-certificate-v2; no CMS signing-time (PAdES takes the time from the PDF dictionary).
 */
public final class DigestCms {

    private static final AlgorithmIdentifier SHA256 = new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256);

    private DigestCms() {}

    public static byte[] sign(byte[] sha256, PrivateKey key, List<X509Certificate> chain) {
        try {
            X509Certificate certificate = chain.get(0);
            ContentSigner contentSigner = new JcaContentSignerBuilder(algorithm(key)).build(key);
            var infoBuilder = new JcaSignerInfoGeneratorBuilder(id -> precomputed(sha256));
            infoBuilder.setSignedAttributeGenerator(signedAttributes(certificate));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(infoBuilder.build(contentSigner, certificate));
            generator.addCertificates(new JcaCertStore(chain));
            return generator.generate(new CMSAbsentContent(), false).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException | IOException e) {
            throw new IllegalStateException("CMS signature failed", e);
        }
    }

    private static String algorithm(PrivateKey key) {
        return "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
    }

    private static CMSAttributeTableGenerator signedAttributes(X509Certificate certificate)
            throws GeneralSecurityException, IOException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        var holder = new JcaX509CertificateHolder(certificate);
        var issuerSerial = new org.bouncycastle.asn1.x509.IssuerSerial(holder.getIssuer(), holder.getSerialNumber());
        var essCert = new SigningCertificateV2(new ESSCertIDv2(SHA256, hash, issuerSerial));
        var extra = new AttributeTable(
                new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(essCert)));
        var defaults = new DefaultSignedAttributeTableGenerator(extra);
        return parameters -> defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
    }

    private static DigestCalculator precomputed(byte[] sha256) {
        return new DigestCalculator() {
            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return SHA256;
            }

            @Override
            public OutputStream getOutputStream() {
                return OutputStream.nullOutputStream();
            }

            @Override
            public byte[] getDigest() {
                return sha256.clone();
            }
        };
    }
}
