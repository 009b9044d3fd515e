package vn.dangbo.baocao.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfSignaturesTest {

    private static final String ORGANISATION = "Đảng ủy xã Hòa Bình";
    private static TestCa ca;
    private static Signer person;
    private static Signer organisation;

    @TempDir
    Path dir;

    @BeforeAll
    static void certificates() {
        ca = new TestCa("CN=CA thử nghiệm chữ ký số,O=Thử nghiệm,C=VN");
        person = ca.signer("CN=" + SamplePdf.SIGNER + ",O=" + ORGANISATION + ",C=VN");
        organisation = ca.signer("CN=" + ORGANISATION + ",O=" + ORGANISATION + ",C=VN");
    }

    @Test
    void signerThenOrganisationBothValid() throws IOException {
        byte[] signed = signBoth(person);

        List<VerifiedSignature> signatures = PdfSignatures.verify(signed);
        assertThat(signatures).hasSize(2);
        assertThat(signatures.get(0).subject()).contains(SamplePdf.SIGNER);
        assertThat(signatures.get(1).subject()).contains(ORGANISATION);
        assertThat(signatures).allSatisfy(s -> {
            assertThat(s.intact()).isTrue();
            assertThat(s.validAtSigning()).isTrue();
            assertThat(s.issuer()).contains("CA thử nghiệm");
        });
        assertThat(signatures.get(0).coversWholeDocument()).isFalse();
        assertThat(signatures.get(1).coversWholeDocument()).isTrue();
        assertThat(PdfSignatures.unchanged(signatures)).isTrue();
    }

    @Test
    void pdfsigSeesTwoValidSignatures() throws Exception {
        String report = pdfsig(signBoth(person));

        assertThat(count(report, "Signature is Valid")).as(report).isEqualTo(2);
        assertThat(report).contains(SamplePdf.SIGNER).contains(ORGANISATION);
    }

    @Test
    void oneChangedByteBreaksTheSignatures() throws Exception {
        byte[] signed = signBoth(person);
        byte[] changed = changeMarker(signed);

        assertThat(PdfSignatures.unchanged(PdfSignatures.verify(changed))).isFalse();
        assertThat(PdfSignatures.verify(changed)).noneMatch(VerifiedSignature::intact);
        assertThat(pdfsig(changed)).doesNotContain("Signature is Valid");
    }

    @Test
    void appendedBytesAreNoticed() {
        byte[] signed = signBoth(person);
        byte[] appended = java.util.Arrays.copyOf(signed, signed.length + 1);
        appended[signed.length] = '\n';

        assertThat(PdfSignatures.unchanged(PdfSignatures.verify(appended))).isFalse();
    }

    @Test
    void appearancesSitOverTheNameAndTheNumber() throws IOException {
        try (var doc = Loader.loadPDF(signBoth(person))) {
            var fields = doc.getDocumentCatalog().getAcroForm().getFields().stream()
                    .filter(PDSignatureField.class::isInstance)
                    .toList();
            assertThat(fields).hasSize(2);
            var signerWidget = fields.get(0).getWidgets().get(0);
            var orgWidget = fields.get(1).getWidgets().get(0);
            assertThat(doc.getPages().indexOf(signerWidget.getPage())).isEqualTo(1);
            assertThat(doc.getPages().indexOf(orgWidget.getPage())).isEqualTo(0);
            // signer: just above the name (drawn at y = 500); organisation: across the number (y = 760)
            assertThat(signerWidget.getRectangle().getLowerLeftY()).isBetween(505f, 515f);
            assertThat(orgWidget.getRectangle().getLowerLeftY()).isLessThan(760f);
            assertThat(orgWidget.getRectangle().getUpperRightY()).isGreaterThan(770f);
            assertThat(orgWidget.getRectangle().getLowerLeftX()).isLessThan(200f);
        }
    }

    @Test
    void remoteSignerWithFakeService() throws Exception {
        var service =
                new FakeRemoteSigningService(ca.issuePkcs12("CN=" + SamplePdf.SIGNER + ",O=" + ORGANISATION + ",C=VN"));
        byte[] signed = signBoth(Signers.remote(service));

        assertThat(service.calls.get()).isEqualTo(1);
        assertThat(PdfSignatures.unchanged(PdfSignatures.verify(signed))).isTrue();
        assertThat(count(pdfsig(signed), "Signature is Valid")).isEqualTo(2);
    }

    @Test
    void remoteSignatureOverAnotherHashIsRefused() throws Exception {
        var service = new FakeRemoteSigningService(ca.issuePkcs12("CN=" + SamplePdf.SIGNER + ",C=VN"));
        service.tamper = true;

        assertThatThrownBy(() -> signBoth(Signers.remote(service)))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining("không khớp với văn bản");
    }

    @Test
    void expiredCertificateSignsNothing() {
        Instant now = Instant.now();
        Signer expired = Signers.pkcs12(
                ca.issuePkcs12(
                        "CN=" + SamplePdf.SIGNER + ",C=VN",
                        now.minus(400, ChronoUnit.DAYS),
                        now.minus(35, ChronoUnit.DAYS)),
                TestCa.PASSWORD.clone());

        assertThatThrownBy(() -> signBoth(expired))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining("đã hết hạn")
                .hasMessageContaining(SamplePdf.SIGNER);
    }

    @Test
    void wrongPasswordIsAVietnameseError() {
        byte[] keystore = ca.issuePkcs12("CN=Ai đó,C=VN");

        assertThatThrownBy(() -> Signers.pkcs12(keystore, "sai".toCharArray()))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining("không đọc được kho khóa");
    }

    private static byte[] signBoth(Signer signer) {
        try {
            return PdfSignatures.sign(
                    SamplePdf.create(),
                    List.of(
                            new SignatureStep(signer, "Ký ban hành", Placement.aboveName(SamplePdf.SIGNER)),
                            new SignatureStep(
                                    organisation, "Cơ quan ban hành", Placement.overNumber(SamplePdf.NUMBER))),
                    Instant.now(),
                    ORGANISATION);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] changeMarker(byte[] pdf) {
        String latin = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = latin.indexOf(SamplePdf.MARKER);
        assertThat(at).isPositive();
        byte[] changed = pdf.clone();
        changed[at] = 'C';
        return changed;
    }

    private String pdfsig(byte[] pdf) throws Exception {
        Path file = Files.createTempFile(dir, "signed", ".pdf");
        Files.write(file, pdf);
        Process process = new ProcessBuilder("pdfsig", file.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }
}
