package vn.dangbo.baocao.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.TestCommune;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.Role;

/** Keystores installed by an administrator, passwords encrypted, handed out only when usable. */
@IntegrationTest
class SigningKeysIT {

    private static final TestCa CA = new TestCa("CN=CA thử nghiệm,C=VN");
    private static final String SIGNER = "Nguyễn Văn An";

    @Autowired
    SigningKeys keys;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void installedKeysSignAndThePasswordIsNotStoredInClear() throws Exception {
        Actor admin = admin();
        keys.install(admin, null, CA.issuePkcs12("CN=Đảng ủy xã,C=VN"), TestCa.PASSWORD.clone());
        keys.install(admin, bithu, CA.issuePkcs12("CN=" + SIGNER + ",C=VN"), TestCa.PASSWORD.clone());

        List<Signer> signers = keys.signers(admin.organisationId(), bithu, "Nguyễn  Văn An ", Instant.now());
        byte[] signed = PdfSignatures.sign(
                SamplePdf.create(),
                List.of(
                        new SignatureStep(signers.get(0), "Ký ban hành", Placement.aboveName(SamplePdf.SIGNER)),
                        new SignatureStep(signers.get(1), "Cơ quan", Placement.overNumber(SamplePdf.NUMBER))),
                Instant.now(),
                "Đảng ủy xã");
        assertThat(PdfSignatures.unchanged(PdfSignatures.verify(signed))).isTrue();

        List<byte[]> stored = jdbc.sql("select password_encrypted from signing_keystore where organisation_id = ?")
                .param(admin.organisationId())
                .query(byte[].class)
                .list();
        assertThat(stored)
                .hasSize(2)
                .allSatisfy(bytes -> assertThat(new String(bytes, StandardCharsets.ISO_8859_1))
                        .doesNotContain(new String(TestCa.PASSWORD)));
    }

    @Test
    void missingExpiredOrSomeoneElsesCertificateIsRefusedInVietnamese() {
        Actor admin = admin();
        long org = admin.organisationId();
        assertThatThrownBy(() -> keys.signers(org, bithu, SIGNER, Instant.now()))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining("chưa được cài chứng thư số cá nhân");

        Instant now = Instant.now();
        keys.install(
                admin,
                bithu,
                CA.issuePkcs12(
                        "CN=" + SIGNER + ",C=VN", now.minus(400, ChronoUnit.DAYS), now.minus(1, ChronoUnit.DAYS)),
                TestCa.PASSWORD.clone());
        assertThatThrownBy(() -> keys.signers(org, bithu, SIGNER, now))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining("cơ quan chưa được cài chứng thư số");

        keys.install(admin, null, CA.issuePkcs12("CN=Đảng ủy xã,C=VN"), TestCa.PASSWORD.clone());
        assertThatThrownBy(() -> keys.signers(org, bithu, SIGNER, now))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining("đã hết hạn");

        keys.install(admin, bithu, CA.issuePkcs12("CN=Trần Thị Bình,C=VN"), TestCa.PASSWORD.clone());
        assertThatThrownBy(() -> keys.signers(org, bithu, SIGNER, now))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining("không phải của người ký " + SIGNER);
    }

    @Test
    void onlyAnAdministratorInstallsAndAWrongPasswordStoresNothing() {
        Actor admin = admin();
        Actor office = TestCommune.create(context).office();
        byte[] keystore = CA.issuePkcs12("CN=Đảng ủy xã,C=VN");

        assertThatThrownBy(() -> keys.install(office, null, keystore, TestCa.PASSWORD.clone()))
                .isInstanceOf(AppException.class);
        assertThatThrownBy(() -> keys.install(admin, null, keystore, "sai".toCharArray()))
                .isInstanceOf(AppException.class)
                .hasMessageContaining("không đọc được kho khóa");
        assertThat(jdbc.sql("select count(*) from signing_keystore where organisation_id = ?")
                        .param(admin.organisationId())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private String bithu;

    private Actor admin() {
        TestCommune created = TestCommune.create(context);
        bithu = created.prefix() + "bithu";
        Actor office = created.office();
        return new Actor(
                office.userId(),
                office.username(),
                office.fullName(),
                office.organisation(),
                office.unit(),
                Set.of(Role.ADMIN),
                office.position());
    }
}
