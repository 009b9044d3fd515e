package vn.dangbo.baocao.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.baocao.identity.Organisation;
import vn.dangbo.baocao.organisation.OrganisationRepository;
import vn.dangbo.baocao.identity.Role;
import vn.dangbo.baocao.identity.UnitKind;
import vn.dangbo.baocao.template.TemplateCatalog;

/**
 * The demo organisation of the seeds (Đảng ủy xã Xuân Hưng), created on an empty database in the demo
 * profile only. This class is compiled only into the local build: the production jar cannot create it.
 */
@Component
@Profile("demo")
@Order(1)
class DemoData implements ApplicationRunner {

    static final String ORGANISATION = "xuan-hung";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final OrganisationRepository organisations;
    private final TemplateCatalog templates;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transaction;
    private final String password;

    DemoData(OrganisationRepository organisations, TemplateCatalog templates, PasswordEncoder passwords,
             TransactionTemplate transaction, @Value("${app.demo.password:demo}") String password) {
        this.organisations = organisations;
        this.templates = templates;
        this.passwords = passwords;
        this.transaction = transaction;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (organisations.organisationByCode(ORGANISATION).isPresent()) {
            return;
        }
        transaction.executeWithoutResult(status -> seed());
        log.info("Demo organisation created: users admin, vanphong, bithu, phobithu, ubnd, congan, truong");
    }

    private void seed() {
        long org = organisations.insertOrganisation(new Organisation(0, ORGANISATION, "ĐẢNG ỦY XÃ XUÂN HƯNG",
                "ĐẢNG BỘ TỈNH NINH BÌNH", "Xuân Hưng", "ĐU", "Đảng ủy xã Xuân Hưng", LocalDate.of(2025, 7, 1)));
        long office = organisations.insertUnit(org, "vpdu", "Văn phòng Đảng ủy", UnitKind.OFFICE);
        long leadership = organisations.insertUnit(org, "btv", "Ban Thường vụ Đảng ủy", UnitKind.LEADERSHIP);
        long ubnd = organisations.insertUnit(org, "ubnd", "Chi bộ Ủy ban nhân dân xã", UnitKind.CHI_BO);
        long congan = organisations.insertUnit(org, "congan", "Chi bộ Công an xã", UnitKind.CHI_BO);
        long truong = organisations.insertUnit(org, "truong", "Chi bộ Trường THCS Xuân Vinh", UnitKind.CHI_BO);
        String hash = passwords.encode(password);
        organisations.insertUser(org, "admin", hash, "Quản trị hệ thống", office, Set.of(Role.ADMIN), null);
        organisations.insertUser(org, "vanphong", hash, "Trần Thị Mai", office, Set.of(Role.OFFICE), null);
        organisations.insertUser(org, "bithu", hash, "Phạm Văn Thắng", leadership, Set.of(Role.LEADERSHIP), "BÍ THƯ");
        organisations.insertUser(org, "phobithu", hash, "Bùi Thị Hồng Chiên", leadership, Set.of(Role.LEADERSHIP),
                "PHÓ BÍ THƯ");
        organisations.insertUser(org, "ubnd", hash, "Nguyễn Văn An", ubnd, Set.of(Role.UNIT), null);
        organisations.insertUser(org, "congan", hash, "Lê Văn Bình", congan, Set.of(Role.UNIT), null);
        organisations.insertUser(org, "truong", hash, "Đỗ Thị Hoa", truong, Set.of(Role.UNIT), null);
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:templates/*.yml")) {
                try (InputStream in = resource.getInputStream()) {
                    templates.store(org, "admin", new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the bundled templates", e);
        }
    }
}
