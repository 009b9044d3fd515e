package vn.dangbo.baocao.signing.revocation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.signing.SigningException;
import vn.dangbo.baocao.signing.cms.Certificates;

/**
 * The certificate revocation lists configured (APP_SIGNING_CRL_URLS: http(s) or file URLs, comma-separated).
 * A certificate is checked against each list its issuer signed; a revoked certificate, or a list that cannot be
 * read, refuses the signature (fail closed). Lists are read again each time: they are small and change often.
 */
public final class RevocationLists {

    private final List<URI> urls;
    private final Duration timeout;
    private final HttpClient http;

    public RevocationLists(List<URI> urls, Duration timeout) {
        this.urls = List.copyOf(urls);
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public boolean configured() {
        return !urls.isEmpty();
    }

    /**
     * Checks the chain's first certificate against the lists its issuer (next in the chain) signed; returns
     * those lists, to embed next to the signature.
     */
    public List<X509CRL> check(List<X509Certificate> chain, Instant at) {
        X509Certificate certificate = chain.get(0);
        List<X509CRL> used = new ArrayList<>();
        for (URI url : urls) {
            X509CRL crl = read(url);
            if (!crl.getIssuerX500Principal().equals(certificate.getIssuerX500Principal())) {
                continue;
            }
            X509Certificate issuer = chain.stream()
                    .filter(c -> c.getSubjectX500Principal().equals(crl.getIssuerX500Principal()))
                    .findFirst()
                    .orElseThrow(() -> unreadable(url, "không có chứng thư của tổ chức cấp"));
            try {
                crl.verify(issuer.getPublicKey());
            } catch (GeneralSecurityException e) {
                throw unreadable(url, "chữ ký của danh sách không hợp lệ");
            }
            X509CRLEntry entry = crl.getRevokedCertificate(certificate);
            if (entry != null && !entry.getRevocationDate().toInstant().isAfter(at)) {
                throw new SigningException(Messages.get(
                        "signing.certificate.revoked",
                        Certificates.commonName(certificate),
                        Formats.date(entry.getRevocationDate().toInstant())));
            }
            used.add(crl);
        }
        return used;
    }

    private X509CRL read(URI url) {
        try {
            byte[] bytes = "file".equals(url.getScheme()) ? Files.readAllBytes(Path.of(url)) : fetch(url);
            return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(bytes));
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw unreadable(url, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private byte[] fetch(URI url) throws IOException {
        try {
            HttpResponse<byte[]> answer = http.send(
                    HttpRequest.newBuilder(url).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                throw new IOException("HTTP " + answer.statusCode());
            }
            return answer.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static SigningException unreadable(URI url, String reason) {
        return new SigningException(Messages.get("signing.crl.unavailable", url, reason));
    }
}
