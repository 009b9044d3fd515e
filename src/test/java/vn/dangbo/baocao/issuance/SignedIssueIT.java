package vn.dangbo.baocao.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;
import vn.dangbo.baocao.TestCommune;
import vn.dangbo.baocao.common.Hashes;
import vn.dangbo.baocao.signing.PdfSignatures;
import vn.dangbo.baocao.signing.SigningSteps;
import vn.dangbo.baocao.signing.TestCa;
import vn.dangbo.baocao.signing.VerifiedSignature;

/** A commune that installed its certificates issues a signed PDF; a bad certificate refuses the approval. */
@IntegrationTest
class SignedIssueIT {

    private static final TestCa CA = new TestCa("CN=CA thử nghiệm,C=VN");
    private static final String SIGNER = "Phạm Văn Thắng";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void approvedReportIsIssuedAsPdfSignedBySignerThenOrganisation() throws Exception {
        TestCommune commune = TestCommune.create(context);
        Scenario s = new Scenario(port, commune.prefix());
        SigningSteps.installKeys(port, commune, CA, CA.issuePkcs12("CN=" + SIGNER + ",C=VN"));

        long id = s.approve(4);
        s.runJobsAndExpect(id, "ISSUED");

        ApiClient.Response pdf = s.as("vanphong").get("/api/reports/" + id + "/document.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        var signatures = PdfSignatures.verify(pdf.bytes());
        assertThat(signatures).hasSize(2).allMatch(VerifiedSignature::intact);
        assertThat(signatures.get(0).subject()).contains(SIGNER);
        assertThat(signatures.get(1).subject()).contains("Đảng ủy xã Xuân Hưng");
        assertThat(PdfSignatures.unchanged(signatures)).isTrue();
        String pdfsig = pdfsig(pdf.bytes());
        assertThat(pdfsig.split("Signature is Valid", -1)).as(pdfsig).hasSize(3);

        String stored = jdbc.sql("select pdf_sha256 from issued_document where report_id = ?")
                .param(id)
                .query(String.class)
                .single();
        assertThat(stored).isEqualTo(Hashes.sha256(pdf.bytes()));
        var verified = ApiClient.anonymous(port)
                .get("/api/documents/" + stored + "/verify")
                .json();
        assertThat(verified.get("number").asText()).isEqualTo("01-BC/ĐU");
        assertThat(verified.get("unchanged").asBoolean()).isTrue();
    }

    @Test
    void expiredSignerCertificateRefusesTheApprovalAndBurnsNoNumber() {
        TestCommune commune = TestCommune.create(context);
        Scenario s = new Scenario(port, commune.prefix());
        Instant now = Instant.now();
        SigningSteps.installKeys(
                port,
                commune,
                CA,
                CA.issuePkcs12(
                        "CN=" + SIGNER + ",C=VN", now.minus(400, ChronoUnit.DAYS), now.minus(2, ChronoUnit.DAYS)));

        long id = s.openReport(4);
        String task = s.forwardToSigner(id);
        ApiClient.Response refused =
                s.as("bithu").post("/api/tasks/" + task + "/complete", Map.of("action", "APPROVE"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.detail())
                .contains("Chưa phê duyệt được")
                .contains("đã hết hạn")
                .contains(SIGNER)
                .contains("Chưa lấy số văn bản nào");
        assertThat(s.report(id).get("status").asText()).isEqualTo("AWAITING_APPROVAL");
        assertThat(jdbc.sql("select count(*) from issued_document d join report r on r.id = d.report_id"
                                + " where r.organisation_id = ?")
                        .param(commune.organisation().id())
                        .query(Long.class)
                        .single())
                .isZero();

        SigningSteps.installSigner(port, commune, CA.issuePkcs12("CN=" + SIGNER + ",C=VN"));
        s.completeOk("bithu", task, "APPROVE", null);
        s.runJobsAndExpect(id, "ISSUED");
        assertThat(s.report(id).get("number").asText()).isEqualTo("01-BC/ĐU");
    }

    @Test
    void onlyAdministratorsInstallKeystores() {
        TestCommune commune = TestCommune.create(context);
        ApiClient office = new Scenario(port, commune.prefix()).as("vanphong");
        ApiClient.Response denied = office.put(
                "/api/admin/signing-keys",
                Map.of("pkcs12", Base64.getEncoder().encodeToString(CA.issuePkcs12("CN=X,C=VN")), "password", "x"));
        assertThat(denied.status()).isEqualTo(403);

        ApiClient.Response incomplete =
                new Scenario(port, commune.prefix()).as("admin").put("/api/admin/signing-keys", Map.of());
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.detail()).contains("PKCS#12");

        ApiClient.Response wrongPassword = new Scenario(port, commune.prefix())
                .as("admin")
                .put(
                        "/api/admin/signing-keys",
                        Map.of(
                                "pkcs12",
                                Base64.getEncoder().encodeToString(CA.issuePkcs12("CN=X,C=VN")),
                                "password",
                                "sai"));
        assertThat(wrongPassword.status()).isEqualTo(422);
        assertThat(wrongPassword.detail()).contains("không đọc được kho khóa");
    }

    private static String pdfsig(byte[] pdf) throws Exception {
        Path file = Files.createTempFile("signed", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("pdfsig", file.toString())
                    .redirectErrorStream(true)
                    .start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return out;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
