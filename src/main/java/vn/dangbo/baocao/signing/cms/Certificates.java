package vn.dangbo.baocao.signing.cms;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.signing.SigningException;

/** Checks a signing certificate before anything is signed, so that a refusal costs nothing. */
public final class Certificates {

    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;
    private static final String EMAIL_PROTECTION = "1.3.6.1.5.5.7.3.4";
    private static final String DOCUMENT_SIGNING = "1.3.6.1.4.1.311.10.3.12";
    private static final String ANY_USAGE = "2.5.29.37.0";

    private Certificates() {}

    public static void checkUsable(X509Certificate certificate, Instant at) {
        String who = commonName(certificate);
        if (at.isBefore(certificate.getNotBefore().toInstant())) {
            throw new SigningException(Messages.get(
                    "signing.certificate.notYetValid",
                    who,
                    Formats.date(certificate.getNotBefore().toInstant())));
        }
        if (at.isAfter(certificate.getNotAfter().toInstant())) {
            throw new SigningException(Messages.get(
                    "signing.certificate.expired",
                    who,
                    Formats.date(certificate.getNotAfter().toInstant())));
        }
        if (!forSigning(certificate)) {
            throw new SigningException(Messages.get("signing.certificate.notForSigning", who));
        }
    }

    public static boolean validAt(X509Certificate certificate, Instant at) {
        Date date = Date.from(at);
        return !date.before(certificate.getNotBefore()) && !date.after(certificate.getNotAfter());
    }

    public static String commonName(X509Certificate certificate) {
        try {
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if ("CN".equalsIgnoreCase(rdn.getType())) {
                    return rdn.getValue().toString();
                }
            }
        } catch (InvalidNameException e) {
            // fall through to the whole subject
        }
        return certificate.getSubjectX500Principal().getName();
    }

    private static boolean forSigning(X509Certificate certificate) {
        boolean[] usage = certificate.getKeyUsage();
        if (usage != null && !usage[DIGITAL_SIGNATURE] && !usage[NON_REPUDIATION]) {
            return false;
        }
        try {
            List<String> extended = certificate.getExtendedKeyUsage();
            return extended == null
                    || extended.contains(EMAIL_PROTECTION)
                    || extended.contains(DOCUMENT_SIGNING)
                    || extended.contains(ANY_USAGE);
        } catch (CertificateParsingException e) {
            return false;
        }
    }
}
