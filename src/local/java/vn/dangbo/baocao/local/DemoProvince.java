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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.baocao.identity.Organisation;
import vn.dangbo.baocao.organisation.OrganisationRepository;
import vn.dangbo.baocao.identity.Role;
import vn.dangbo.baocao.identity.UnitKind;
import vn.dangbo.baocao.platform.PlatformOperators;
import vn.dangbo.baocao.template.TemplateCatalog;

/**
 * The demo installation of a province (issue 12): Đảng bộ tỉnh Ninh Bình (TU) above the demo commune Xuân Hưng and
 * two more communes, Xuân Giang and Xuân Trường (state-30 profile, issuer UBND, to show both formats), each with a
 * user per role whose name ends in the organisation's suffix (vanphong.xg, bithu.tinh, …); and the platform
 * operator `platform`. Password "demo" for everyone; demo profile only.
 */
@Component
@Profile("demo")
@Order(2)
class DemoProvince implements ApplicationRunner {

    static final String PROVINCE = "ninh-binh";
    private static final Logger log = LoggerFactory.getLogger(DemoProvince.class);

    private final OrganisationRepository organisations;
    private final TemplateCatalog templates;
    private final PasswordEncoder passwords;
    private final PlatformOperators operators;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final String password;

    DemoProvince(
            OrganisationRepository organisations,
            TemplateCatalog templates,
            PasswordEncoder passwords,
            PlatformOperators operators,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            @Value("${app.demo.password:demo}") String password) {
        this.organisations = organisations;
        this.templates = templates;
        this.passwords = passwords;
        this.operators = operators;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (organisations.organisationByCode(PROVINCE).isPresent()) {
            return;
        }
        transaction.executeWithoutResult(status -> seed());
        log.info("Demo province created: ninh-binh (TU) above xuan-hung, xuan-giang, xuan-truong; operator platform");
    }

    private void seed() {
        String hash = passwords.encode(password);
        if (!operators.usernameTaken("platform")) {
            operators.insert("platform", hash, "Người vận hành nền tảng");
        }
        long province = organisation(
                PROVINCE,
                "TỈNH ỦY NINH BÌNH",
                "ĐẢNG CỘNG SẢN VIỆT NAM",
                "Ninh Bình",
                "TU",
                "Tỉnh ủy Ninh Bình",
                null,
                null);
        long ubkt = organisations.insertUnit(province, "ubkt", "Ủy ban Kiểm tra Tỉnh ủy", UnitKind.CHI_BO);
        long btc = organisations.insertUnit(province, "btc", "Ban Tổ chức Tỉnh ủy", UnitKind.CHI_BO);
        users(province, ".tinh", "Tỉnh ủy", hash);
        organisations.insertUser(province, "ubkt.tinh", hash, "Hoàng Văn Đức", ubkt, Set.of(Role.UNIT), null);
        organisations.insertUser(province, "btc.tinh", hash, "Vũ Thị Lan", btc, Set.of(Role.UNIT), null);

        organisations
                .organisationByCode(DemoData.ORGANISATION)
                .ifPresent(xuanHung -> jdbc.sql("update organisation set parent_id = ? where id = ?")
                        .params(province, xuanHung.id())
                        .update());
        commune("xuan-giang", "Xuân Giang", ".xg", "ĐU", null, province, hash);
        commune("xuan-truong", "Xuân Trường", ".xt", "UBND", "state-30", province, hash);
    }

    private void commune(
            String code, String place, String suffix, String issuer, String profile, long province, String hash) {
        long org = organisation(
                code,
                "ĐẢNG ỦY XÃ " + place.toUpperCase(java.util.Locale.forLanguageTag("vi")),
                "ĐẢNG BỘ TỈNH NINH BÌNH",
                place,
                issuer,
                "Đảng ủy xã " + place,
                profile,
                province);
        long ubnd = organisations.insertUnit(org, "ubnd", "Chi bộ Ủy ban nhân dân xã", UnitKind.CHI_BO);
        long congan = organisations.insertUnit(org, "congan", "Chi bộ Công an xã", UnitKind.CHI_BO);
        long truong = organisations.insertUnit(org, "truong", "Chi bộ Trường THCS " + place, UnitKind.CHI_BO);
        users(org, suffix, "Đảng ủy", hash);
        organisations.insertUser(org, "ubnd" + suffix, hash, "Nguyễn Văn Hải", ubnd, Set.of(Role.UNIT), null);
        organisations.insertUser(org, "congan" + suffix, hash, "Lê Văn Cường", congan, Set.of(Role.UNIT), null);
        organisations.insertUser(org, "truong" + suffix, hash, "Đỗ Thị Hương", truong, Set.of(Role.UNIT), null);
    }

    /** The organisation with its office and leadership, an administrator, an office user, a bí thư, templates. */
    private long organisation(
            String code,
            String name,
            String superior,
            String place,
            String issuer,
            String shortName,
            String profile,
            Long parent) {
        long org = organisations.insertOrganisation(
                new Organisation(0, code, name, superior, place, issuer, shortName, LocalDate.of(2025, 7, 1)));
        jdbc.sql("update organisation set parent_id = ?, format_profile = ? where id = ?")
                .params(parent, profile, org)
                .update();
        try {
            for (Resource resource :
                    new PathMatchingResourcePatternResolver().getResources("classpath:templates/*.yml")) {
                try (InputStream in = resource.getInputStream()) {
                    templates.store(org, "admin", new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the bundled templates", e);
        }
        return org;
    }

    private void users(long org, String suffix, String body, String hash) {
        long office = organisations.insertUnit(org, "vpdu", "Văn phòng " + body, UnitKind.OFFICE);
        long leadership = organisations.insertUnit(org, "btv", "Ban Thường vụ " + body, UnitKind.LEADERSHIP);
        organisations.insertUser(org, "admin" + suffix, hash, "Quản trị hệ thống", office, Set.of(Role.ADMIN), null);
        organisations.insertUser(org, "vanphong" + suffix, hash, "Phạm Thị Thu", office, Set.of(Role.OFFICE), null);
        organisations.insertUser(
                org, "bithu" + suffix, hash, "Trịnh Văn Nam", leadership, Set.of(Role.LEADERSHIP), "BÍ THƯ");
    }
}
