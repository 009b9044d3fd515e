package vn.dangbo.baocao.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;
import vn.dangbo.baocao.TestCommune;
import vn.dangbo.baocao.signing.PdfSignatures;
import vn.dangbo.baocao.signing.Signers;
import vn.dangbo.baocao.signing.SigningSteps;
import vn.dangbo.baocao.signing.TestCa;
import vn.dangbo.baocao.signing.TestTsa;
import vn.dangbo.baocao.signing.VerifiedSignature;

/**
 * An installation with a timestamp authority and a CRL (both served in this process): signatures are B-T, a
 * timestamp authority that does not answer refuses the approval or leaves the document to sign later, and a
 * revoked certificate refuses the approval. Its own context (the two URLs are installation settings).
 */
@IntegrationTest
class LongTermSigningIT {

    private static final TestCa CA = new TestCa("CN=CA thử nghiệm B-T,C=VN");
    private static final TestTsa TSA = new TestTsa(CA);
    private static final String SIGNER = "Phạm Văn Thắng";

    @DynamicPropertySource
    static void authorities(DynamicPropertyRegistry registry) {
        registry.add("app.signing.tsa-url", () -> TSA.url("/tsa").toString());
        registry.add("app.signing.crl-urls", () -> TSA.url("/ca.crl").toString());
    }

    @AfterAll
    static void stop() {
        TSA.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void bothSignaturesAreTimestampedAndPdfsigStillValidatesThem() throws Exception {
        Scenario s = signingCommune(CA.issuePkcs12("CN=" + SIGNER + ",C=VN"));
        long id = s.approve(4);
        s.runJobsAndExpect(id, "ISSUED");
        byte[] pdf =
                s.as("vanphong").get("/api/reports/" + id + "/document.pdf").bytes();
        List<VerifiedSignature> signatures = PdfSignatures.verify(pdf);
        assertThat(signatures).hasSize(2).allSatisfy(v -> {
            assertThat(v.intact()).isTrue();
            assertThat(v.timestamp()).isNotNull();
        });
        assertThat(PdfSignatures.unchanged(signatures)).isTrue();
        var verified = ApiClient.anonymous(port)
                .get("/api/documents/" + vn.dangbo.baocao.common.Hashes.sha256(pdf) + "/verify")
                .json();
        assertThat(verified.get("signatures").get(0).get("timestamp").isNull()).isFalse();
    }

    @Test
    void timestampAuthorityDownRefusesTheApprovalBeforeAnyNumber() {
        Scenario s = signingCommune(CA.issuePkcs12("CN=" + SIGNER + ",C=VN"));
        long id = s.openReport(4);
        String task = s.forwardToSigner(id);
        TSA.down();
        try {
            ApiClient.Response refused =
                    s.as("bithu").post("/api/tasks/" + task + "/complete", Map.of("action", "APPROVE"));
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.detail()).contains("máy chủ cấp dấu thời gian", "Chưa lấy số văn bản nào");
        } finally {
            TSA.up();
        }
        s.completeOk("bithu", task, "APPROVE", null);
        s.runJobsAndExpect(id, "ISSUED");
        assertThat(s.report(id).get("number").asText()).isEqualTo("01-BC/ĐU");
    }

    @Test
    void revokedSignerCertificateRefusesTheApprovalByName() {
        byte[] pkcs12 = CA.issuePkcs12("CN=" + SIGNER + ",C=VN");
        TSA.revoke(List.of(Signers.pkcs12(pkcs12, TestCa.PASSWORD.clone()).certificate()));
        Scenario s = signingCommune(pkcs12);
        String task = s.forwardToSigner(s.openReport(4));
        ApiClient.Response refused =
                s.as("bithu").post("/api/tasks/" + task + "/complete", Map.of("action", "APPROVE"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.detail()).contains("đã bị thu hồi", SIGNER, "Chưa lấy số văn bản nào");
    }

    private Scenario signingCommune(byte[] signerPkcs12) {
        TestCommune commune = TestCommune.create(context);
        SigningSteps.installKeys(port, commune, CA, signerPkcs12);
        return new Scenario(port, commune.prefix());
    }
}
