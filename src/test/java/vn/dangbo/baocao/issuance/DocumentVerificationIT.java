package vn.dangbo.baocao.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;
import vn.dangbo.baocao.TestCommune;
import vn.dangbo.baocao.common.Hashes;
import vn.dangbo.baocao.signing.PdfSignatures;
import vn.dangbo.baocao.signing.Placement;
import vn.dangbo.baocao.signing.SamplePdf;
import vn.dangbo.baocao.signing.SignatureStep;
import vn.dangbo.baocao.signing.TestCa;

/** Anyone, without login, checks an issued document by its hash or by the file itself. */
@IntegrationTest
class DocumentVerificationIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    IssuedDocuments documents;

    @Autowired
    DocumentVerifier verifier;

    @Test
    void anyoneVerifiesAnIssuedDocumentByHashAndByFile() throws Exception {
        TestCommune commune = TestCommune.create(context);
        Scenario s = new Scenario(port, commune.prefix());
        long id = s.approve(4);
        s.runJobsAndExpect(id, "ISSUED");
        IssuedDocument issued = documents.ofReport(id).orElseThrow();
        ApiClient anyone = ApiClient.anonymous(port);

        JsonNode docx = ok(anyone.get("/api/documents/" + issued.sha256() + "/verify"));
        assertThat(docx.get("registered").asBoolean()).isTrue();
        assertThat(docx.get("number").asText()).isEqualTo("01-BC/ĐU");
        assertThat(docx.get("issuedBy").asText()).isNotBlank();
        assertThat(docx.get("issuedOn").asText()).isEqualTo(issued.issuedOn().toString());
        assertThat(docx.get("fileKind").asText()).isEqualTo("docx");
        assertThat(docx.get("unchanged").isNull()).isTrue();

        byte[] pdf = signed();
        documents.attachPdf(issued.id(), "signed.pdf", Hashes.sha256(pdf), pdf);
        JsonNode byHash = ok(anyone.get("/api/documents/" + Hashes.sha256(pdf).toUpperCase() + "/verify"));
        assertThat(byHash.get("number").asText()).isEqualTo("01-BC/ĐU");
        assertThat(byHash.get("unchanged").asBoolean()).isTrue();
        assertThat(byHash.get("signatures")).hasSize(2);
        JsonNode signer = byHash.get("signatures").get(0);
        assertThat(signer.get("subject").asText()).contains(SamplePdf.SIGNER);
        assertThat(signer.get("issuer").asText()).contains("CA thử");
        assertThat(signer.get("intact").asBoolean()).isTrue();
        assertThat(signer.hasNonNull("notBefore") && signer.hasNonNull("notAfter") && signer.hasNonNull("signingTime"))
                .isTrue();

        DocumentVerification upload = verifier.file(pdf);
        assertThat(upload.registered()).isTrue();
        assertThat(upload.unchanged()).isTrue();

        byte[] changed = pdf.clone();
        changed[new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf(SamplePdf.MARKER)] = 'C';
        DocumentVerification tampered = verifier.file(changed);
        assertThat(tampered.registered()).isFalse();
        assertThat(tampered.unchanged()).isFalse();
        assertThat(tampered.signatures()).noneMatch(v -> v.intact());
    }

    @Test
    void badAndUnknownHashesAreVietnameseProblems() {
        ApiClient anyone = ApiClient.anonymous(port);

        ApiClient.Response bad = anyone.get("/api/documents/abc/verify");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.detail()).contains("64 chữ số thập lục phân");

        ApiClient.Response unknown = anyone.get("/api/documents/" + "0".repeat(64) + "/verify");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.detail()).isEqualTo("Không có văn bản nào đã ban hành với mã băm này.");
    }

    @Test
    void verificationPageNeedsNoLogin() {
        ApiClient.Response page = ApiClient.anonymous(port).get("/kiem-tra-van-ban");
        assertThat(page.status()).isEqualTo(200);
        ApiClient.Response register = ApiClient.anonymous(port).get("/so-van-ban");
        assertThat(register.status()).isNotEqualTo(200);
    }

    private static JsonNode ok(ApiClient.Response response) {
        assertThat(response.status()).as(new String(response.bytes())).isEqualTo(200);
        return response.json();
    }

    private static byte[] signed() throws Exception {
        TestCa ca = new TestCa("CN=CA thử nghiệm,C=VN");
        return PdfSignatures.sign(
                SamplePdf.create(),
                List.of(
                        new SignatureStep(
                                ca.signer("CN=" + SamplePdf.SIGNER + ",C=VN"),
                                "Ký ban hành",
                                Placement.aboveName(SamplePdf.SIGNER)),
                        new SignatureStep(
                                ca.signer("CN=Đảng ủy xã,C=VN"),
                                "Cơ quan ban hành",
                                Placement.overNumber(SamplePdf.NUMBER))),
                Instant.now(),
                "Đảng ủy xã");
    }
}
