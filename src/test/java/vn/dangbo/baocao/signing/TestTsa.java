package vn.dangbo.baocao.signing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * A timestamp authority (RFC 3161, Bouncy Castle's generators) and a CRL distribution point of a test CA, on an
 * HTTP server in the test's own process: {@code /tsa} and {@code /ca.crl}. It can be taken down and brought back.
 */
public final class TestTsa implements AutoCloseable {

    private final TestCa ca;
    private final HttpServer server;
    private final KeyPair key;
    private final X509Certificate certificate;
    private final AtomicLong serial = new AtomicLong(1);
    private final Set<X509Certificate> revoked = ConcurrentHashMap.newKeySet();
    private volatile boolean up = true;

    public TestTsa(TestCa ca) {
        this.ca = ca;
        X509Certificate[] issued = new X509Certificate[1];
        this.key = ca.issueTimestamping("CN=Dấu thời gian thử nghiệm,C=VN", issued);
        this.certificate = issued[0];
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/tsa", this::timestamp);
        server.createContext("/ca.crl", exchange -> reply(exchange, 200, "application/pkix-crl", ca.crl(revoked)));
        server.start();
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public void down() {
        up = false;
    }

    public void up() {
        up = true;
    }

    public void revoke(Collection<X509Certificate> certificates) {
        revoked.addAll(certificates);
    }

    private void timestamp(HttpExchange exchange) throws IOException {
        if (!up) {
            reply(exchange, 503, "text/plain", new byte[0]);
            return;
        }
        try {
            TimeStampRequest request =
                    new TimeStampRequest(exchange.getRequestBody().readAllBytes());
            var tokens = new TimeStampTokenGenerator(
                    new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", key.getPrivate(), certificate),
                    new JcaDigestCalculatorProviderBuilder()
                            .build()
                            .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                    new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
            tokens.addCertificates(new JcaCertStore(List.of(certificate, ca.certificate())));
            var response = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED)
                    .generate(request, BigInteger.valueOf(serial.getAndIncrement()), new Date());
            reply(exchange, 200, "application/timestamp-reply", response.getEncoded());
        } catch (Exception e) {
            reply(exchange, 500, "text/plain", new byte[0]);
        }
    }

    private static void reply(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
