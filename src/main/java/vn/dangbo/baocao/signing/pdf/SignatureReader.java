package vn.dangbo.baocao.signing.pdf;

import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.signing.SigningException;
import vn.dangbo.baocao.signing.VerifiedSignature;

/** Reads every signature of a PDF and checks it against the bytes it covers. */
public final class SignatureReader {

    private SignatureReader() {}

    public static List<VerifiedSignature> read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<VerifiedSignature> result = new ArrayList<>();
            for (PDSignature signature : document.getSignatureDictionaries()) {
                result.add(verify(signature, pdf));
            }
            return result;
        } catch (IOException e) {
            throw new SigningException(Messages.get("signing.pdf.unreadable"), e);
        }
    }

    /** /Contents is padded with zeros after the DER object; read the object alone. */
    private static ContentInfo contentInfo(byte[] contents) throws IOException {
        try (var in = new ASN1InputStream(contents)) {
            return ContentInfo.getInstance(in.readObject());
        }
    }

    private static VerifiedSignature verify(PDSignature signature, byte[] pdf) throws IOException {
        int[] range = signature.getByteRange();
        boolean whole = range.length == 4 && range[0] == 0 && (long) range[2] + range[3] == pdf.length;
        Instant time =
                signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
        X509Certificate certificate = null;
        boolean intact = false;
        Instant timestamp = null;
        try {
            byte[] content = signature.getSignedContent(pdf);
            var cms = new CMSSignedData(new CMSProcessableByteArray(content), contentInfo(signature.getContents(pdf)));
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() == 1) {
                SignerInformation info = signers.iterator().next();
                @SuppressWarnings("unchecked")
                Collection<X509CertificateHolder> matches =
                        cms.getCertificates().getMatches(info.getSID());
                if (!matches.isEmpty()) {
                    X509CertificateHolder holder = matches.iterator().next();
                    certificate = new JcaX509CertificateConverter().getCertificate(holder);
                    intact = info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder));
                    timestamp = Timestamps.of(info);
                }
            }
        } catch (CMSException | OperatorCreationException | CertificateException | RuntimeException e) {
            intact = false;
        }
        return new VerifiedSignature(
                signature.getName(),
                certificate == null
                        ? null
                        : certificate.getSubjectX500Principal().getName(),
                certificate == null
                        ? null
                        : certificate.getIssuerX500Principal().getName(),
                certificate == null ? null : certificate.getNotBefore().toInstant(),
                certificate == null ? null : certificate.getNotAfter().toInstant(),
                time,
                signature.getReason(),
                intact,
                whole,
                timestamp);
    }
}
