package vn.dangbo.baocao.signing.cms;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509CRL;
import java.util.List;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCRLStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import vn.dangbo.baocao.signing.Signer;
import vn.dangbo.baocao.signing.tsa.TimestampAuthority;

/**
 * A signer whose CMS also carries what keeps it verifiable later: the revocation lists checked at signing time
 * (in the SignedData's crls) and, when a timestamp authority is configured, an RFC 3161 signature timestamp over
 * the signature value (unsigned attribute id-aa-signatureTimeStampToken: PAdES baseline B-T).
 */
public final class LongTermSigner implements Signer {

    private final Signer signer;
    private final TimestampAuthority timestamps;
    private final List<X509CRL> crls;

    /** {@code timestamps} null: no timestamp (B-B). */
    public LongTermSigner(Signer signer, TimestampAuthority timestamps, List<X509CRL> crls) {
        this.signer = signer;
        this.timestamps = timestamps;
        this.crls = List.copyOf(crls);
    }

    @Override
    public List<java.security.cert.X509Certificate> chain() {
        return signer.chain();
    }

    @Override
    public byte[] sign(byte[] sha256) {
        byte[] cms = signer.sign(sha256);
        if (timestamps == null && crls.isEmpty()) {
            return cms;
        }
        try {
            CMSSignedData data = new CMSSignedData(cms);
            if (timestamps != null) {
                data = CMSSignedData.replaceSigners(data, new SignerInformationStore(timestamped(data)));
            }
            if (!crls.isEmpty()) {
                data = CMSSignedData.replaceCertificatesAndCRLs(
                        data, data.getCertificates(), data.getAttributeCertificates(), new JcaCRLStore(crls));
            }
            return data.getEncoded();
        } catch (CMSException | IOException | GeneralSecurityException e) {
            throw new IllegalStateException("CMS long-term data failed", e);
        }
    }

    private SignerInformation timestamped(CMSSignedData data) throws GeneralSecurityException, IOException {
        SignerInformation info = data.getSignerInfos().getSigners().iterator().next();
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(info.getSignature());
        byte[] token = timestamps.token(digest).getEncoded();
        ASN1EncodableVector attributes = info.getUnsignedAttributes() == null
                ? new ASN1EncodableVector()
                : info.getUnsignedAttributes().toASN1EncodableVector();
        attributes.add(new Attribute(
                PKCSObjectIdentifiers.id_aa_signatureTimeStampToken, new DERSet(ASN1Primitive.fromByteArray(token))));
        return SignerInformation.replaceUnsignedAttributes(info, new AttributeTable(attributes));
    }
}
