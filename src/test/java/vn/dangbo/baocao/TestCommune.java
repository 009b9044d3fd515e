package vn.dangbo.baocao;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.Organisation;
import vn.dangbo.baocao.identity.Role;
import vn.dangbo.baocao.identity.Unit;
import vn.dangbo.baocao.identity.UnitKind;
import vn.dangbo.baocao.organisation.CamundaIdentitySync;
import vn.dangbo.baocao.organisation.OrganisationRepository;
import vn.dangbo.baocao.template.TemplateCatalog;

/**
 * A fresh commune for one test, shaped like the demo one, so that what the test does to its register, chain or
 * timers cannot touch the demo organisation or another test. Its users are the demo usernames with the commune's
 * prefix ("t1a2b3c4-vanphong"), password {@link Scenario#PASSWORD}: "admin" (administrator), "vanphong" (office),
 * "bithu" (signer) and one user per chi bộ, named by its unit code.
 */
public final class TestCommune {

    /** The demo's chi bộ, the default ones. */
    public static final List<String> CHI_BO = List.of("ubnd", "congan", "truong");

    private static final Map<String, String[]> DEMO_CHI_BO = Map.of(
            "ubnd", new String[] {"Chi bộ Ủy ban nhân dân xã", "Nguyễn Văn An"},
            "congan", new String[] {"Chi bộ Công an xã", "Lê Văn Bình"},
            "truong", new String[] {"Chi bộ Trường THCS Xuân Vinh", "Đỗ Thị Hoa"});

    private final Organisation organisation;
    private final String prefix;
    private final Map<String, Actor> actors;

    private TestCommune(Organisation organisation, String prefix, Map<String, Actor> actors) {
        this.organisation = organisation;
        this.prefix = prefix;
        this.actors = actors;
    }

    /** A commune like the demo one: its three chi bộ, both bundled templates, term from 1 July 2025. */
    public static TestCommune create(ApplicationContext context) {
        return in(context).create();
    }

    public static Builder in(ApplicationContext context) {
        return new Builder(context);
    }

    public Organisation organisation() {
        return organisation;
    }

    public long id() {
        return organisation.id();
    }

    /** What every username of the commune starts with. */
    public String prefix() {
        return prefix;
    }

    /** The username of a demo name ("vanphong", "bithu", "admin", a chi bộ's code). */
    public String user(String name) {
        return prefix + name;
    }

    /** The signed-in user of a demo name, as the services see them. */
    public Actor actor(String name) {
        Actor actor = actors.get(name);
        if (actor == null) {
            throw new IllegalArgumentException("no user " + name + " in " + organisation.code());
        }
        return actor;
    }

    public Actor office() {
        return actor("vanphong");
    }

    /** The engine's candidate group of a unit of this commune. */
    public String group(String unitCode) {
        return Unit.groupId(organisation.code(), unitCode);
    }

    /** The lifecycle steps through the REST API as this commune's users. */
    public Scenario scenario(int port) {
        return new Scenario(port, prefix);
    }

    /** What a test may change before the commune is stored. */
    public static final class Builder {

        private final ApplicationContext context;
        private LocalDate termStart = LocalDate.of(2025, 7, 1);
        private List<String> chiBo = CHI_BO;
        private List<String> templates = null;
        private Organisation shape = null;

        private Builder(ApplicationContext context) {
            this.context = context;
        }

        public Builder termStart(LocalDate termStart) {
            this.termStart = termStart;
            return this;
        }

        /** Other chi bộ than the demo's (unit "a" is "Chi bộ A"). */
        public Builder chiBo(String... codes) {
            this.chiBo = List.of(codes);
            return this;
        }

        /** Another organisation's names, place and issuer code than the demo commune's (its id and code are ignored). */
        public Builder shape(Organisation shape) {
            this.shape = shape;
            return this;
        }

        /** Only these templates (YAML) instead of the bundled ones. */
        public Builder templates(String... yaml) {
            this.templates = List.of(yaml);
            return this;
        }

        public TestCommune create() {
            String prefix = "t" + UUID.randomUUID().toString().substring(0, 8) + "-";
            TestCommune commune = context.getBean(TransactionTemplate.class).execute(status -> insert(prefix));
            context.getBean(CamundaIdentitySync.class).sync(commune.organisation);
            return commune;
        }

        private TestCommune insert(String prefix) {
            OrganisationRepository organisations = context.getBean(OrganisationRepository.class);
            long org = organisations.insertOrganisation(
                    shape == null
                            ? new Organisation(
                                    0,
                                    prefix + "xa",
                                    "ĐẢNG ỦY XÃ XUÂN HƯNG",
                                    "ĐẢNG BỘ TỈNH NINH BÌNH",
                                    "Xuân Hưng",
                                    "ĐU",
                                    "Đảng ủy xã Xuân Hưng",
                                    termStart)
                            : new Organisation(
                                    0,
                                    prefix + "xa",
                                    shape.name(),
                                    shape.superiorName(),
                                    shape.placeName(),
                                    shape.issuerCode(),
                                    shape.shortName(),
                                    termStart));
            long office = organisations.insertUnit(org, "vpdu", "Văn phòng Đảng ủy", UnitKind.OFFICE);
            long leadership = organisations.insertUnit(org, "btv", "Ban Thường vụ Đảng ủy", UnitKind.LEADERSHIP);
            String hash = context.getBean(PasswordEncoder.class).encode(Scenario.PASSWORD);
            Map<String, Long> users = new LinkedHashMap<>();
            users.put(
                    "admin",
                    organisations.insertUser(
                            org, prefix + "admin", hash, "Quản trị xã", office, Set.of(Role.ADMIN), null));
            users.put(
                    "vanphong",
                    organisations.insertUser(
                            org, prefix + "vanphong", hash, "Trần Thị Mai", office, Set.of(Role.OFFICE), null));
            users.put(
                    "bithu",
                    organisations.insertUser(
                            org,
                            prefix + "bithu",
                            hash,
                            "Phạm Văn Thắng",
                            leadership,
                            Set.of(Role.LEADERSHIP),
                            "BÍ THƯ"));
            for (String code : chiBo) {
                String[] names = DEMO_CHI_BO.getOrDefault(
                        code, new String[] {"Chi bộ " + code.toUpperCase(), "Đảng viên " + code});
                long unit = organisations.insertUnit(org, code, names[0], UnitKind.CHI_BO);
                users.put(
                        code,
                        organisations.insertUser(org, prefix + code, hash, names[1], unit, Set.of(Role.UNIT), null));
            }
            TemplateCatalog catalog = context.getBean(TemplateCatalog.class);
            for (String yaml : templates == null ? bundledTemplates() : templates) {
                catalog.store(org, prefix + "admin", yaml);
            }
            Organisation organisation = organisations.organisation(org).orElseThrow();
            Map<String, Actor> actors = new LinkedHashMap<>();
            users.forEach((name, userId) -> {
                var user = organisations.user(userId).orElseThrow();
                actors.put(
                        name,
                        new Actor(
                                user.id(),
                                user.username(),
                                user.fullName(),
                                organisation,
                                organisations.unit(user.unitId()).orElseThrow(),
                                EnumSet.copyOf(user.roles()),
                                user.position()));
            });
            return new TestCommune(organisation, prefix, actors);
        }
    }

    /** The templates the application ships (src/main/resources/templates). */
    public static List<String> bundledTemplates() {
        List<String> yaml = new ArrayList<>();
        try {
            for (Resource resource :
                    new PathMatchingResourcePatternResolver().getResources("classpath:templates/*.yml")) {
                try (InputStream in = resource.getInputStream()) {
                    yaml.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return yaml;
    }

    /** One bundled template's YAML, by file name ("nq57-thang.yml"). */
    public static String bundled(String file) {
        try (InputStream in = TestCommune.class.getResourceAsStream("/templates/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
