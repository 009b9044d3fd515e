package vn.dangbo.baocao.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import vn.dangbo.baocao.signing.PdfSignatures;
import vn.dangbo.baocao.signing.SigningSteps;
import vn.dangbo.baocao.signing.TestCa;
import vn.dangbo.baocao.signing.VerifiedSignature;

/** An organisation that issues unsigned when signing fails, and whose signer signs later with "Ký số". */
@IntegrationTest
class SignLaterIT {

    private static final TestCa CA = new TestCa("CN=CA thử nghiệm ký sau,C=VN");
    private static final String SIGNER = "Phạm Văn Thắng";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void expiredCertificateIssuesUnsignedWithItsNumberAndTheSignerSignsLater() {
        TestCommune commune = TestCommune.create(context);
        Scenario s = new Scenario(port, commune.prefix());
        ApiClient admin = s.as("admin");
        signLater(admin);
        SigningSteps.installKeys(port, commune, CA, expired());

        long id = s.approve(4);
        s.runJobsAndExpect(id, "ISSUED");
        assertThat(s.report(id).get("number").asText()).isEqualTo("01-BC/ĐU");
        assertThat(state(id)).isEqualTo("PENDING");
        ApiClient.Response unsigned = s.as("vanphong").get("/api/reports/" + id + "/document.pdf");
        assertThat(unsigned.status()).isEqualTo(200);
        assertThat(PdfSignatures.verify(unsigned.bytes())).isEmpty();

        assertThat(s.as("vanphong")
                        .post("/api/reports/" + id + "/signature", Map.of())
                        .status())
                .isEqualTo(403);
        ApiClient.Response stillExpired = s.as("bithu").post("/api/reports/" + id + "/signature", Map.of());
        assertThat(stillExpired.status()).isEqualTo(409);
        assertThat(stillExpired.detail()).contains("Chưa ký số được", "đã hết hạn", "vẫn giữ số");
        assertThat(state(id)).isEqualTo("PENDING");

        SigningSteps.installSigner(port, commune, CA.issuePkcs12("CN=" + SIGNER + ",C=VN"));
        ApiClient.Response signed = s.as("bithu").post("/api/reports/" + id + "/signature", Map.of());
        assertThat(signed.status()).as(signed.detail()).isEqualTo(204);
        assertThat(state(id)).isEqualTo("SIGNED");
        byte[] pdf =
                s.as("vanphong").get("/api/reports/" + id + "/document.pdf").bytes();
        var signatures = PdfSignatures.verify(pdf);
        assertThat(signatures).hasSize(2).allMatch(VerifiedSignature::intact);
        assertThat(signatures.get(0).subject()).contains(SIGNER);
        assertThat(PdfSignatures.unchanged(signatures)).isTrue();
        assertThat(s.report(id).get("number").asText()).isEqualTo("01-BC/ĐU");

        ApiClient.Response again = s.as("bithu").post("/api/reports/" + id + "/signature", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.detail()).contains("không chờ ký số");
        assertThat(jdbc.sql("select count(*) from audit_entry where report_id = ? and action = 'SIGNED'")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void refuseModeStaysTheDefaultAndOnlyAdministratorsChooseSignLater() {
        TestCommune commune = TestCommune.create(context);
        Scenario s = new Scenario(port, commune.prefix());
        ApiClient admin = s.as("admin");
        assertThat(s.as("vanphong")
                        .put("/api/admin/signing-policy", Map.of("signLater", true))
                        .status())
                .isEqualTo(403);
        SigningSteps.installKeys(port, commune, CA, expired());

        long id = s.openReport(4);
        String task = s.forwardToSigner(id);
        ApiClient.Response refused =
                s.as("bithu").post("/api/tasks/" + task + "/complete", Map.of("action", "APPROVE"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.detail()).contains("Chưa lấy số văn bản nào");
        assertThat(s.report(id).get("status").asText()).isEqualTo("AWAITING_APPROVAL");

        signLater(admin);
        s.completeOk("bithu", task, "APPROVE", null);
        s.runJobsAndExpect(id, "ISSUED");
        assertThat(s.report(id).get("number").asText()).isEqualTo("01-BC/ĐU");
        assertThat(state(id)).isEqualTo("PENDING");
    }

    private String state(long reportId) {
        return jdbc.sql("select signing_state from issued_document where report_id = ?")
                .param(reportId)
                .query(String.class)
                .single();
    }

    private static byte[] expired() {
        Instant now = Instant.now();
        return CA.issuePkcs12("CN=" + SIGNER + ",C=VN", now.minus(400, ChronoUnit.DAYS), now.minus(2, ChronoUnit.DAYS));
    }

    private static void signLater(ApiClient admin) {
        ApiClient.Response response = admin.put("/api/admin/signing-policy", Map.of("signLater", true));
        assertThat(response.status()).as(response.detail()).isEqualTo(204);
    }
}
