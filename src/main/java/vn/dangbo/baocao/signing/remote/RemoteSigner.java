package vn.dangbo.baocao.signing.remote;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.DefaultCMSSignatureAlgorithmNameGenerator;
import org.bouncycastle.cms.SignerInformation;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.signing.RemoteSigningService;
import vn.dangbo.baocao.signing.Signer;
import vn.dangbo.baocao.signing.SigningException;

/**
 * Signs through a remote service. What comes back is checked before it goes into the PDF: one
 * signer, the expected certificate, a message digest equal to the hash sent, a valid signature.
 */
public final class RemoteSigner implements Signer {

    private final RemoteSigningService service;

    public RemoteSigner(RemoteSigningService service) {
        this.service = service;
    }

    @Override
    public List<X509Certificate> chain() {
        return service.chain();
    }

    @Override
    public byte[] sign(byte[] sha256) {
        byte[] cms;
        try {
            cms = service.signHash(sha256.clone());
        } catch (RuntimeException e) {
            throw new SigningException(
                    Messages.get("signing.remote.unavailable", e.getClass().getSimpleName()), e);
        }
        if (!matches(cms, sha256)) {
            throw new SigningException(Messages.get("signing.remote.badSignature"));
        }
        return cms;
    }

    private boolean matches(byte[] cms, byte[] sha256) {
        try {
            var signed = new CMSSignedData(cms);
            var signers = signed.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return false;
            }
            SignerInformation info = signers.iterator().next();
            var digest = info.getSignedAttributes().get(CMSAttributes.messageDigest);
            byte[] value = ASN1OctetString.getInstance(digest.getAttrValues().getObjectAt(0))
                    .getOctets();
            var holder = new X509CertificateHolder(certificate().getEncoded());
            return Arrays.equals(value, sha256) && info.getSID().match(holder) && signatureHolds(info);
        } catch (CMSException | IOException | GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** The signature over the signed attributes (the content itself is only known by its hash). */
    private boolean signatureHolds(SignerInformation info) throws GeneralSecurityException, IOException {
        String algorithm = new DefaultCMSSignatureAlgorithmNameGenerator()
                .getSignatureName(
                        info.getDigestAlgorithmID(), info.toASN1Structure().getDigestEncryptionAlgorithm());
        Signature check = Signature.getInstance(algorithm);
        check.initVerify(certificate().getPublicKey());
        check.update(info.getEncodedSignedAttributes());
        return check.verify(info.getSignature());
    }
}
