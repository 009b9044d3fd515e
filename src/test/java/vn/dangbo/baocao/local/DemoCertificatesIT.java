package vn.dangbo.baocao.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.organisation.OrganisationRepository;
import vn.dangbo.baocao.signing.SigningKeys;

/** The demo commune starts with generated certificates for itself and both leaders (a context of its own). */
@IntegrationTest
@TestPropertySource(properties = "app.demo.signing=true")
class DemoCertificatesIT {

    @Autowired
    SigningKeys keys;
    @Autowired
    OrganisationRepository organisations;

    @Test
    void demoCommuneSignsWithGeneratedCertificates() {
        long id = organisations.organisationByCode(DemoData.ORGANISATION).orElseThrow().id();

        assertThat(keys.installed(id)).isTrue();
        var signers = keys.signers(id, "bithu", "Phạm Văn Thắng", Instant.now());
        assertThat(signers.get(0).certificate().getSubjectX500Principal().getName()).contains("Phạm Văn Thắng");
        assertThat(signers.get(1).certificate().getSubjectX500Principal().getName()).contains("Đảng ủy xã Xuân Hưng");
        assertThat(keys.signers(id, "phobithu", "Bùi Thị Hồng Chiên", Instant.now())).hasSize(2);
    }
}
