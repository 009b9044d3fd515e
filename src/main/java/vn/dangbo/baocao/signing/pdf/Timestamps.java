package vn.dangbo.baocao.signing.pdf;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;

/** The signature timestamp (id-aa-signatureTimeStampToken) of a CMS signer, when it matches and verifies. */
final class Timestamps {

    private Timestamps() {}

    static Instant of(SignerInformation info) {
        if (info.getUnsignedAttributes() == null) {
            return null;
        }
        Attribute attribute = info.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null) {
            return null;
        }
        try {
            TimeStampToken token = new TimeStampToken(new CMSSignedData(
                    attribute.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
            byte[] expected = MessageDigest.getInstance("SHA-256").digest(info.getSignature());
            if (!Arrays.equals(expected, token.getTimeStampInfo().getMessageImprintDigest())) {
                return null;
            }
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> certificates =
                    token.getCertificates().getMatches(token.getSID());
            if (certificates.isEmpty()) {
                return null;
            }
            token.validate(new JcaSimpleSignerInfoVerifierBuilder()
                    .build(certificates.iterator().next()));
            return token.getTimeStampInfo().getGenTime().toInstant();
        } catch (IOException
                | CMSException
                | TSPException
                | OperatorCreationException
                | NoSuchAlgorithmException
                | java.security.cert.CertificateException
                | RuntimeException e) {
            return null;
        }
    }
}
