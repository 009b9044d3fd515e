package vn.dangbo.baocao;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.Organisation;
import vn.dangbo.baocao.identity.Role;
import vn.dangbo.baocao.identity.UnitKind;
import vn.dangbo.baocao.organisation.CamundaIdentitySync;
import vn.dangbo.baocao.organisation.OrganisationRepository;
import vn.dangbo.baocao.template.TemplateCatalog;

/**
 * A fresh commune for a test, shaped like the demo one (same unit codes, the demo usernames with a prefix), so
 * that its register starts empty and nothing it issues disturbs the demo organisation's numbering.
 */
public final class OwnOrganisation {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** A created organisation, its office actor and the prefix of its usernames. */
    public record Created(Organisation organisation, Actor office, Actor unitUser, String prefix) {}

    private final OrganisationRepository organisations;
    private final TemplateCatalog templates;
    private final PasswordEncoder passwords;
    private final CamundaIdentitySync identity;
    private final TransactionTemplate transaction;

    /** Takes what it needs from the test's application context. */
    public OwnOrganisation(ApplicationContext context) {
        this(
                context.getBean(OrganisationRepository.class),
                context.getBean(TemplateCatalog.class),
                context.getBean(PasswordEncoder.class),
                context.getBean(CamundaIdentitySync.class),
                context.getBean(TransactionTemplate.class));
    }

    public OwnOrganisation(
            OrganisationRepository organisations,
            TemplateCatalog templates,
            PasswordEncoder passwords,
            CamundaIdentitySync identity,
            TransactionTemplate transaction) {
        this.organisations = organisations;
        this.templates = templates;
        this.passwords = passwords;
        this.identity = identity;
        this.transaction = transaction;
    }

    public Created create(LocalDate termStart) {
        String prefix = "t" + System.nanoTime() % 1_000_000 + "x" + SEQUENCE.incrementAndGet() + "-";
        Created created = transaction.execute(status -> insert(prefix, termStart));
        identity.sync(created.organisation());
        return created;
    }

    private Created insert(String prefix, LocalDate termStart) {
        long org = organisations.insertOrganisation(new Organisation(
                0,
                prefix + "xa",
                "ĐẢNG ỦY XÃ XUÂN HƯNG",
                "ĐẢNG BỘ TỈNH NINH BÌNH",
                "Xuân Hưng",
                "ĐU",
                "Đảng ủy xã Xuân Hưng",
                termStart));
        long office = organisations.insertUnit(org, "vpdu", "Văn phòng Đảng ủy", UnitKind.OFFICE);
        long leadership = organisations.insertUnit(org, "btv", "Ban Thường vụ Đảng ủy", UnitKind.LEADERSHIP);
        long ubnd = organisations.insertUnit(org, "ubnd", "Chi bộ Ủy ban nhân dân xã", UnitKind.CHI_BO);
        long congan = organisations.insertUnit(org, "congan", "Chi bộ Công an xã", UnitKind.CHI_BO);
        long truong = organisations.insertUnit(org, "truong", "Chi bộ Trường THCS Xuân Vinh", UnitKind.CHI_BO);
        String hash = passwords.encode(Scenario.PASSWORD);
        long vanphong = organisations.insertUser(
                org, prefix + "vanphong", hash, "Trần Thị Mai", office, Set.of(Role.OFFICE), null);
        organisations.insertUser(
                org, prefix + "bithu", hash, "Phạm Văn Thắng", leadership, Set.of(Role.LEADERSHIP), "BÍ THƯ");
        long ubndUser =
                organisations.insertUser(org, prefix + "ubnd", hash, "Nguyễn Văn An", ubnd, Set.of(Role.UNIT), null);
        organisations.insertUser(org, prefix + "congan", hash, "Lê Văn Bình", congan, Set.of(Role.UNIT), null);
        organisations.insertUser(org, prefix + "truong", hash, "Đỗ Thị Hoa", truong, Set.of(Role.UNIT), null);
        try {
            for (Resource resource :
                    new PathMatchingResourcePatternResolver().getResources("classpath:templates/*.yml")) {
                try (InputStream in = resource.getInputStream()) {
                    templates.store(org, prefix + "vanphong", new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Organisation organisation = organisations.organisation(org).orElseThrow();
        return new Created(
                organisation,
                actor(organisation, vanphong, office, Role.OFFICE),
                actor(organisation, ubndUser, ubnd, Role.UNIT),
                prefix);
    }

    private Actor actor(Organisation organisation, long userId, long unitId, Role role) {
        var user = organisations.user(userId).orElseThrow();
        return new Actor(
                userId,
                user.username(),
                user.fullName(),
                organisation,
                organisations.unit(unitId).orElseThrow(),
                Set.of(role),
                null);
    }
}
