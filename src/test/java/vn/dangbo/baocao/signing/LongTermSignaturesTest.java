package vn.dangbo.baocao.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** B-T: each signature timestamped by an RFC 3161 authority, CRLs checked and embedded; failures refuse. */
class LongTermSignaturesTest {

    private static final String ORGANISATION = "Đảng ủy xã Hòa Bình";
    private static TestCa ca;
    private static TestTsa tsa;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        ca = new TestCa("CN=CA thử nghiệm dài hạn,C=VN");
        tsa = new TestTsa(ca);
    }

    @AfterAll
    static void stop() {
        tsa.close();
    }

    @Test
    void eachSignatureCarriesAVerifiedTimestampAndTheCheckedCrl() throws Exception {
        LongTermValidation longTerm = longTerm(true);
        Instant before = Instant.now().minusSeconds(1);
        byte[] signed = signBoth(longTerm);

        List<VerifiedSignature> signatures = PdfSignatures.verify(signed);
        assertThat(signatures).hasSize(2).allSatisfy(s -> {
            assertThat(s.intact()).isTrue();
            assertThat(s.timestamp()).isNotNull().isAfterOrEqualTo(before.truncatedTo(ChronoUnit.SECONDS));
        });
        assertThat(PdfSignatures.unchanged(signatures)).isTrue();
        try (PDDocument document = Loader.loadPDF(signed)) {
            for (var signature : document.getSignatureDictionaries()) {
                CMSSignedData cms;
                try (var in = new ASN1InputStream(signature.getContents(signed))) {
                    cms = new CMSSignedData(ContentInfo.getInstance(in.readObject()));
                }
                assertThat(cms.getCRLs().getMatches(null)).hasSize(1);
            }
        }
        String pdfsig = pdfsig(signed);
        assertThat(pdfsig.split("Signature is Valid", -1)).as(pdfsig).hasSize(3);
    }

    @Test
    void withoutTimestampAuthorityTheSignatureIsBaselineB() {
        List<VerifiedSignature> signatures = PdfSignatures.verify(signBoth(longTerm(false)));
        assertThat(signatures)
                .hasSize(2)
                .allSatisfy(s -> assertThat(s.timestamp()).isNull());
    }

    @Test
    void timestampAuthorityDownRefusesWithAVietnameseReason() {
        LongTermValidation longTerm = longTerm(true);
        tsa.down();
        try {
            assertThatThrownBy(longTerm::checkTimestampAuthority)
                    .isInstanceOf(SigningException.class)
                    .hasMessageContaining("máy chủ cấp dấu thời gian")
                    .hasMessageContaining("không trả lời");
            assertThatThrownBy(() -> signBoth(longTerm)).isInstanceOf(SigningException.class);
        } finally {
            tsa.up();
        }
    }

    @Test
    void revokedCertificateIsRefusedByName() {
        Signer revoked = ca.signer("CN=Trần Văn Bị Thu Hồi,C=VN");
        tsa.revoke(List.of(revoked.certificate()));
        assertThatThrownBy(() -> longTerm(false).prepare(List.of(revoked), Instant.now()))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining("Trần Văn Bị Thu Hồi")
                .hasMessageContaining("đã bị thu hồi");
    }

    @Test
    void unreadableCrlRefusesRatherThanSignUnchecked() {
        LongTermValidation longTerm =
                new LongTermValidation("", tsa.url("/khong-co.crl").toString(), Duration.ofSeconds(5));
        assertThatThrownBy(() -> longTerm.prepare(List.of(ca.signer("CN=Ai đó,C=VN")), Instant.now()))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining("không đọc được danh sách chứng thư số bị thu hồi");
    }

    private static LongTermValidation longTerm(boolean timestamps) {
        return new LongTermValidation(
                timestamps ? tsa.url("/tsa").toString() : "", tsa.url("/ca.crl").toString(), Duration.ofSeconds(5));
    }

    private static byte[] signBoth(LongTermValidation longTerm) {
        List<Signer> signers = longTerm.prepare(
                List.of(ca.signer("CN=" + SamplePdf.SIGNER + ",C=VN"), ca.signer("CN=" + ORGANISATION + ",C=VN")),
                Instant.now());
        try {
            return PdfSignatures.sign(
                    SamplePdf.create(),
                    List.of(
                            new SignatureStep(signers.get(0), "Ký ban hành", Placement.aboveName(SamplePdf.SIGNER)),
                            new SignatureStep(
                                    signers.get(1), "Cơ quan ban hành", Placement.overNumber(SamplePdf.NUMBER))),
                    Instant.now(),
                    ORGANISATION);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String pdfsig(byte[] pdf) throws Exception {
        Path file = dir.resolve("signed.pdf");
        Files.write(file, pdf);
        Process process = new ProcessBuilder("pdfsig", file.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }
}
