package vn.dangbo.baocao.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.baocao.audit.AuditAction;
import vn.dangbo.baocao.audit.AuditTargets;
import vn.dangbo.baocao.audit.AuditTrail;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.Violation;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.Organisation;
import vn.dangbo.baocao.identity.Role;
import vn.dangbo.baocao.identity.Unit;
import vn.dangbo.baocao.identity.UnitKind;
import vn.dangbo.baocao.template.TemplateCatalog;

/**
 * The administrator's work on the organisation: units, users, passwords. Every change is audited and
 * mirrored into Camunda's identities in the same transaction, so candidate groups follow at once.
 */
@Service
public class OrganisationAdmin {

    static final String OFFICE_CODE = "vpdu";
    static final String LEADERSHIP_CODE = "btv";
    private static final Pattern ORGANISATION_CODE = Pattern.compile("[a-z0-9-]{2,32}");

    private final OrganisationRepository organisations;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final CamundaIdentitySync identities;
    private final TemplateCatalog templates;
    private final Vocabularies vocabularies;

    OrganisationAdmin(
            OrganisationRepository organisations,
            PasswordEncoder passwords,
            AuditTrail audit,
            CamundaIdentitySync identities,
            TemplateCatalog templates,
            Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
        this.organisations = organisations;
        this.passwords = passwords;
        this.audit = audit;
        this.identities = identities;
        this.templates = templates;
    }

    // ---- units

    @Transactional(readOnly = true)
    public List<UnitSummary> units(Actor actor) {
        requireAdmin(actor);
        return organisations.unitSummaries(actor.organisationId());
    }

    @Transactional
    public UnitSummary createUnit(Actor actor, NewUnit command) {
        requireAdmin(actor);
        List<Violation> problems = new ArrayList<>();
        AdminRules.unitCode(command.code(), problems);
        AdminRules.name("name", "error.unit.name", command.name(), problems);
        if (command.kind() == null) {
            problems.add(new Violation("kind", Messages.get("error.unit.kind")));
        }
        if (problems.isEmpty()
                && organisations
                        .unitByCode(actor.organisationId(), command.code())
                        .isPresent()) {
            problems.add(new Violation("code", Messages.get("error.unit.codeTaken", command.code())));
        }
        if (problems.isEmpty()) {
            singleOfKind(actor.organisationId(), command.kind(), null, problems);
        }
        refuseIfAny(problems);
        try {
            organisations.insertUnit(
                    actor.organisationId(), command.code(), command.name().strip(), command.kind());
        } catch (DuplicateKeyException e) {
            throw invalid(List.of(new Violation("code", Messages.get("error.unit.codeTaken", command.code()))));
        }
        audit.record(
                actor,
                AuditAction.UNIT_CHANGED,
                AuditTargets.unit(command.code()),
                null,
                Messages.get("audit.unit.created", command.name().strip(), kindLabel(command.kind())),
                null);
        identities.sync(actor.organisation());
        return unitSummary(actor, command.code());
    }

    @Transactional
    public UnitSummary changeUnit(Actor actor, String code, UnitChange change) {
        requireAdmin(actor);
        Unit unit = unit(actor, code);
        boolean wasActive = organisations.unitActive(unit.id());
        String name = change.name() == null ? unit.name() : change.name().strip();
        boolean active = change.active() == null ? wasActive : change.active();
        List<Violation> problems = new ArrayList<>();
        AdminRules.name("name", "error.unit.name", name, problems);
        if (wasActive && !active) {
            long users = organisations.users(actor.organisationId()).stream()
                    .filter(u -> u.unitId() == unit.id() && u.enabled())
                    .count();
            if (users > 0) {
                problems.add(new Violation("active", Messages.get("error.unit.hasUsers", users)));
            }
            int reports = organisations.openReportsOfUnit(unit.id());
            if (reports > 0) {
                problems.add(new Violation("active", Messages.get("error.unit.inOpenReport", reports)));
            }
        }
        if (!wasActive && active) {
            singleOfKind(actor.organisationId(), unit.kind(), unit.id(), problems);
        }
        refuseIfAny(problems);
        organisations.updateUnit(unit.id(), name, active);
        List<String> details = new ArrayList<>();
        if (!name.equals(unit.name())) {
            details.add(Messages.get("audit.unit.renamed", name));
        }
        if (active != wasActive) {
            details.add(Messages.get(active ? "audit.unit.activated" : "audit.unit.deactivated"));
        }
        if (!details.isEmpty()) {
            audit.record(
                    actor, AuditAction.UNIT_CHANGED, AuditTargets.unit(code), null, String.join("; ", details), null);
            identities.sync(actor.organisation());
        }
        return unitSummary(actor, code);
    }

    // ---- users

    @Transactional(readOnly = true)
    public List<UserSummary> users(Actor actor) {
        requireAdmin(actor);
        Map<Long, Unit> units = unitsById(actor.organisationId());
        return organisations.users(actor.organisationId()).stream()
                .map(u -> summary(u, units))
                .toList();
    }

    @Transactional
    public UserSummary createUser(Actor actor, NewUser command) {
        requireAdmin(actor);
        List<Violation> problems = new ArrayList<>();
        AdminRules.username(command.username(), problems);
        AdminRules.name("fullName", "error.user.fullName", command.fullName(), problems);
        Unit unit = activeUnit(actor, command.unitCode(), problems);
        String position = AdminRules.blankToNull(command.position());
        AdminRules.rolesAndPosition(
                command.roles(),
                unit == null ? null : unit.kind(),
                position,
                vocabularies.of(actor.organisationId()),
                problems);
        AdminRules.password("password", command.password(), command.username(), problems);
        if (problems.isEmpty()
                && organisations.userByUsername(command.username()).isPresent()) {
            problems.add(new Violation("username", Messages.get("error.user.usernameTaken", command.username())));
        }
        refuseIfAny(problems);
        Set<Role> roles = EnumSet.copyOf(command.roles());
        try {
            organisations.insertUser(
                    actor.organisationId(),
                    command.username(),
                    passwords.encode(command.password()),
                    command.fullName().strip(),
                    unit.id(),
                    roles,
                    position);
        } catch (DuplicateKeyException e) {
            throw invalid(
                    List.of(new Violation("username", Messages.get("error.user.usernameTaken", command.username()))));
        }
        audit.record(
                actor,
                AuditAction.USER_CHANGED,
                "user:" + command.username(),
                null,
                Messages.get("audit.user.created", command.fullName().strip(), unit.code(), roleNames(roles)),
                null);
        identities.sync(actor.organisation());
        return userSummary(actor, command.username());
    }

    @Transactional
    public UserSummary changeUser(Actor actor, String username, UserChange change) {
        requireAdmin(actor);
        AppUser user = user(actor, username);
        List<Violation> problems = new ArrayList<>();
        String fullName =
                change.fullName() == null ? user.fullName() : change.fullName().strip();
        AdminRules.name("fullName", "error.user.fullName", fullName, problems);
        Unit unit = change.unitCode() == null || change.unitCode().equals(unitCode(user))
                ? organisations.unit(user.unitId()).orElseThrow()
                : activeUnit(actor, change.unitCode(), problems);
        Set<Role> roles = change.roles() == null ? user.roles() : change.roles();
        String position = change.position() == null ? user.position() : AdminRules.blankToNull(change.position());
        if (roles != null && !roles.contains(Role.LEADERSHIP)) {
            position = null;
        }
        AdminRules.rolesAndPosition(
                roles, unit == null ? null : unit.kind(), position, vocabularies.of(actor.organisationId()), problems);
        boolean enabled = change.enabled() == null ? user.enabled() : change.enabled();
        if (enabled && unit != null && !organisations.unitActive(unit.id())) {
            problems.add(new Violation("unitCode", Messages.get("error.user.unit")));
        }
        if (user.id() == actor.userId() && (!enabled || !roles.contains(Role.ADMIN))) {
            problems.add(new Violation(enabled ? "roles" : "enabled", Messages.get("error.user.self")));
        }
        refuseIfAny(problems);
        Set<Role> newRoles = EnumSet.copyOf(roles);
        organisations.updateUser(user.id(), fullName, unit.id(), newRoles, position, enabled);
        List<String> details = new ArrayList<>();
        if (!fullName.equals(user.fullName())) {
            details.add(Messages.get("audit.user.fullName", fullName));
        }
        if (unit.id() != user.unitId()) {
            details.add(Messages.get("audit.user.unit", unit.code()));
        }
        if (!newRoles.equals(user.roles())) {
            details.add(Messages.get("audit.user.roles", roleNames(newRoles)));
        }
        if (!Objects.equals(position, user.position())) {
            details.add(Messages.get("audit.user.position", position == null ? "—" : position));
        }
        if (enabled != user.enabled()) {
            details.add(Messages.get(enabled ? "audit.user.enabled" : "audit.user.disabled"));
        }
        if (!details.isEmpty()) {
            audit.record(actor, AuditAction.USER_CHANGED, "user:" + username, null, String.join("; ", details), null);
            identities.sync(actor.organisation());
        }
        return userSummary(actor, username);
    }

    /** The administrator sets a new password, e.g. for a user who forgot theirs. */
    @Transactional
    public void resetPassword(Actor actor, String username, String password) {
        requireAdmin(actor);
        AppUser user = user(actor, username);
        List<Violation> problems = AdminRules.password("password", password, username);
        if (problems.isEmpty() && passwords.matches(password, user.passwordHash())) {
            problems.add(new Violation("password", Messages.get("error.password.same")));
        }
        refuseIfAny(problems);
        organisations.updatePassword(user.id(), passwords.encode(password));
        audit.record(
                actor,
                AuditAction.USER_CHANGED,
                "user:" + username,
                null,
                Messages.get("audit.user.passwordReset"),
                null);
    }

    /** Any signed-in user changes their own password, proving they know the current one. */
    @Transactional
    public void changeOwnPassword(Actor actor, String currentPassword, String newPassword) {
        AppUser user = organisations
                .user(actor.userId())
                .orElseThrow(() -> AppException.notFound("error.user.notFound", actor.username()));
        if (currentPassword == null || !passwords.matches(currentPassword, user.passwordHash())) {
            throw invalid(List.of(new Violation("currentPassword", Messages.get("error.password.current"))));
        }
        List<Violation> problems = AdminRules.password("newPassword", newPassword, user.username());
        if (problems.isEmpty() && passwords.matches(newPassword, user.passwordHash())) {
            problems.add(new Violation("newPassword", Messages.get("error.password.same")));
        }
        refuseIfAny(problems);
        organisations.updatePassword(user.id(), passwords.encode(newPassword));
        audit.record(
                actor,
                AuditAction.USER_CHANGED,
                "user:" + user.username(),
                null,
                Messages.get("audit.user.passwordChanged"),
                null);
    }

    // ---- a new organisation (the production bootstrap)

    /**
     * Creates a commune Party committee with its office, its leadership, its first administrator and the
     * bundled templates. Fails when the code or the username is taken.
     */
    @Transactional
    public Organisation createOrganisation(NewOrganisation command) {
        List<Violation> problems = new ArrayList<>();
        if (command.code() == null || !ORGANISATION_CODE.matcher(command.code()).matches()) {
            problems.add(new Violation("code", Messages.get("error.organisation.code")));
        }
        AdminRules.name("name", "error.organisation.field", command.name(), problems);
        AdminRules.name("superiorName", "error.organisation.field", command.superiorName(), problems);
        AdminRules.name("placeName", "error.organisation.field", command.placeName(), problems);
        AdminRules.name("shortName", "error.organisation.field", command.shortName(), problems);
        AdminRules.name("issuerCode", "error.organisation.field", command.issuerCode(), problems);
        if (command.termStart() == null) {
            problems.add(new Violation("termStart", Messages.get("error.organisation.field")));
        }
        AdminRules.username(command.adminUsername(), problems);
        AdminRules.password("adminPassword", command.adminPassword(), command.adminUsername(), problems);
        if (problems.isEmpty()
                && organisations.organisationByCode(command.code()).isPresent()) {
            problems.add(new Violation("code", Messages.get("error.organisation.exists", command.code())));
        }
        if (problems.isEmpty()
                && organisations.userByUsername(command.adminUsername()).isPresent()) {
            problems.add(
                    new Violation("adminUsername", Messages.get("error.user.usernameTaken", command.adminUsername())));
        }
        refuseIfAny(problems);
        long id = organisations.insertOrganisation(new Organisation(
                0,
                command.code(),
                command.name().strip(),
                command.superiorName().strip(),
                command.placeName().strip(),
                command.issuerCode().strip(),
                command.shortName().strip(),
                command.termStart()));
        long office =
                organisations.insertUnit(id, OFFICE_CODE, Messages.get("organisation.office.name"), UnitKind.OFFICE);
        organisations.insertUnit(
                id, LEADERSHIP_CODE, Messages.get("organisation.leadership.name"), UnitKind.LEADERSHIP);
        organisations.insertUser(
                id,
                command.adminUsername(),
                passwords.encode(command.adminPassword()),
                Messages.get("organisation.admin.name"),
                office,
                Set.of(Role.ADMIN),
                null);
        storeBundledTemplates(id, command.adminUsername());
        audit.recordSystem(
                id,
                AuditAction.UNIT_CHANGED,
                "organisation:" + command.code(),
                null,
                Messages.get("audit.organisation.created", command.name().strip()),
                null);
        audit.recordSystem(
                id,
                AuditAction.USER_CHANGED,
                "user:" + command.adminUsername(),
                null,
                Messages.get(
                        "audit.user.created", Messages.get("organisation.admin.name"), OFFICE_CODE, Role.ADMIN.name()),
                null);
        Organisation organisation = organisations.organisation(id).orElseThrow();
        identities.sync(organisation);
        return organisation;
    }

    private void storeBundledTemplates(long organisationId, String author) {
        try {
            for (Resource resource :
                    new PathMatchingResourcePatternResolver().getResources("classpath:templates/*.yml")) {
                try (InputStream in = resource.getInputStream()) {
                    templates.store(organisationId, author, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the bundled templates", e);
        }
    }

    /** What is wrong with a password by the installation's policy (empty when none), for other sign-ins. */
    public static List<Violation> passwordProblems(String field, String password, String username) {
        return AdminRules.password(field, password, username);
    }

    // ---- helpers

    private static void requireAdmin(Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            throw AppException.forbidden("error.admin.forbidden");
        }
    }

    private Unit unit(Actor actor, String code) {
        return organisations
                .unitByCode(actor.organisationId(), code)
                .orElseThrow(() -> AppException.notFound("error.unit.unknown", code));
    }

    private AppUser user(Actor actor, String username) {
        return organisations
                .userByUsername(username)
                .filter(u -> u.organisationId() == actor.organisationId())
                .orElseThrow(() -> AppException.notFound("error.user.notFound", username));
    }

    private Unit activeUnit(Actor actor, String code, List<Violation> problems) {
        Unit unit = code == null
                ? null
                : organisations
                        .unitByCode(actor.organisationId(), code)
                        .filter(u -> organisations.unitActive(u.id()))
                        .orElse(null);
        if (unit == null) {
            problems.add(new Violation("unitCode", Messages.get("error.user.unit")));
        }
        return unit;
    }

    /** The office and the leadership exist once per organisation: their groups receive the tasks. */
    private void singleOfKind(long organisationId, UnitKind kind, Long except, List<Violation> problems) {
        if (kind == UnitKind.CHI_BO) {
            return;
        }
        boolean taken = organisations.units(organisationId).stream()
                .anyMatch(u -> u.kind() == kind && (except == null || u.id() != except));
        if (taken) {
            problems.add(new Violation("kind", Messages.get("error.unit.kindTaken", kindLabel(kind))));
        }
    }

    private String unitCode(AppUser user) {
        return organisations.unit(user.unitId()).map(Unit::code).orElse(null);
    }

    private Map<Long, Unit> unitsById(long organisationId) {
        return organisations.allUnits(organisationId).stream().collect(Collectors.toMap(Unit::id, Function.identity()));
    }

    private UnitSummary unitSummary(Actor actor, String code) {
        return organisations.unitSummaries(actor.organisationId()).stream()
                .filter(u -> u.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private UserSummary userSummary(Actor actor, String username) {
        return summary(organisations.userByUsername(username).orElseThrow(), unitsById(actor.organisationId()));
    }

    private static UserSummary summary(AppUser user, Map<Long, Unit> units) {
        Unit unit = units.get(user.unitId());
        return new UserSummary(
                user.username(),
                user.fullName(),
                unit.code(),
                unit.name(),
                user.roles(),
                user.position(),
                user.enabled());
    }

    static String kindLabel(UnitKind kind) {
        return Messages.get("unit.kind." + kind.name());
    }

    private static String roleNames(Set<Role> roles) {
        return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }

    private static void refuseIfAny(List<Violation> problems) {
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
    }

    private static AppException invalid(List<Violation> problems) {
        String all = problems.stream().map(Violation::message).distinct().collect(Collectors.joining(" "));
        return AppException.invalid(problems, "error.admin.invalid", all);
    }
}
