package vn.dangbo.baocao.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.organisation.OrganisationRepository;
import vn.dangbo.baocao.signing.SigningKeys;

/**
 * The demo commune starts with generated certificates for itself and both leaders. Run here by hand in the
 * shared context (where app.demo.signing is off) and removed afterwards, so other tests' demo commune stays
 * unsigned; a context of its own would cost a second application in the same JVM.
 */
@IntegrationTest
class DemoCertificatesIT {

    @Autowired
    SigningKeys keys;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void demoCommuneSignsWithGeneratedCertificates() throws Exception {
        long id = organisations
                .organisationByCode(DemoData.ORGANISATION)
                .orElseThrow()
                .id();
        try {
            new DemoCertificates(keys, organisations, users).run(null);

            assertThat(keys.installed(id)).isTrue();
            var signers = keys.signers(id, "bithu", "Phạm Văn Thắng", Instant.now());
            assertThat(signers.get(0).certificate().getSubjectX500Principal().getName())
                    .contains("Phạm Văn Thắng");
            assertThat(signers.get(1).certificate().getSubjectX500Principal().getName())
                    .contains("Đảng ủy xã Xuân Hưng");
            assertThat(keys.signers(id, "phobithu", "Bùi Thị Hồng Chiên", Instant.now()))
                    .hasSize(2);
        } finally {
            jdbc.sql("delete from signing_keystore where organisation_id = ?")
                    .param(id)
                    .update();
        }
    }
}
