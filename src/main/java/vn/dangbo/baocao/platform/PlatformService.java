package vn.dangbo.baocao.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.baocao.audit.AuditAction;
import vn.dangbo.baocao.audit.AuditTrail;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.Violation;
import vn.dangbo.baocao.identity.Organisation;
import vn.dangbo.baocao.issuance.OrganisationProfiles;
import vn.dangbo.baocao.organisation.NewOrganisation;
import vn.dangbo.baocao.organisation.OrganisationAdmin;

/**
 * The platform operator's work: organisations created (with their office, leadership and first administrator,
 * exactly as the bootstrap makes them), edited, deactivated and activated again. Nothing is ever deleted; every
 * change is written to the organisation's own audit trail.
 */
@Service
public class PlatformService {

    private static final int MAX_NAME = 255;
    // OrganisationAdmin's field names → the names of this API's request
    private static final Map<String, String> FIELDS = Map.of(
            "superiorName", "superior",
            "placeName", "place",
            "adminUsername", "admin.username",
            "adminPassword", "admin.password");

    private final OrganisationDirectory directory;
    private final OrganisationAdmin organisations;
    private final PlatformOperators operators;
    private final AuditTrail audit;

    PlatformService(
            OrganisationDirectory directory,
            OrganisationAdmin organisations,
            PlatformOperators operators,
            AuditTrail audit) {
        this.directory = directory;
        this.organisations = organisations;
        this.operators = operators;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<OrganisationEntry> organisations() {
        requireOperator();
        return directory.all();
    }

    @Transactional(readOnly = true)
    public OrganisationEntry organisation(String code) {
        requireOperator();
        return row(code).entry();
    }

    @Transactional
    public OrganisationEntry create(NewPlatformOrganisation command) {
        String operator = requireOperator();
        List<Violation> problems = new ArrayList<>();
        NewPlatformOrganisation.FirstAdmin admin =
                command.admin() == null ? new NewPlatformOrganisation.FirstAdmin(null, null, null) : command.admin();
        profile(command.formatProfile(), problems);
        Long parentId = parent(command.parentCode(), problems);
        if (admin.fullName() == null
                || admin.fullName().isBlank()
                || admin.fullName().strip().length() > MAX_NAME) {
            problems.add(new Violation("admin.fullName", Messages.get("error.organisation.adminName")));
        }
        if (admin.username() != null && operators.exists(admin.username())) {
            problems.add(new Violation("admin.username", Messages.get("error.user.usernameTaken", admin.username())));
        }
        refuseIfAny(problems);
        Organisation created;
        try {
            created = organisations.createOrganisation(new NewOrganisation(
                    command.code(),
                    command.name(),
                    command.superior(),
                    command.place(),
                    command.issuerCode(),
                    command.shortName(),
                    command.termStart(),
                    admin.username(),
                    admin.password()));
        } catch (AppException invalid) {
            throw renamed(invalid);
        }
        OrganisationEntry entry = row(created.code()).entry();
        directory.update(created.id(), withProfile(entry, blankToNull(command.formatProfile())), parentId);
        directory.renameUser(admin.username(), admin.fullName().strip());
        audit.recordSystem(
                created.id(),
                AuditAction.UNIT_CHANGED,
                "organisation:" + created.code(),
                null,
                Messages.get("audit.organisation.changed", operator),
                null);
        return row(created.code()).entry();
    }

    @Transactional
    public OrganisationEntry change(String code, OrganisationChange change) {
        String operator = requireOperator();
        OrganisationDirectory.Row row = row(code);
        OrganisationEntry was = row.entry();
        List<Violation> problems = new ArrayList<>();
        String name = field("name", change.name(), was.name(), problems);
        String superior = field("superior", change.superior(), was.superior(), problems);
        String place = field("place", change.place(), was.place(), problems);
        String shortName = field("shortName", change.shortName(), was.shortName(), problems);
        String issuer = field("issuerCode", change.issuerCode(), was.issuerCode(), problems);
        String profile = change.formatProfile() == null ? was.formatProfile() : blankToNull(change.formatProfile());
        profile(profile, problems);
        String parentCode = change.parentCode() == null ? was.parentCode() : blankToNull(change.parentCode());
        Long parentId = parent(parentCode, problems);
        if (parentId != null
                && (parentId == row.id() || directory.ancestors(parentId).contains(row.id()))) {
            problems.add(new Violation("parentCode", Messages.get("error.organisation.cycle", parentCode, code)));
        }
        refuseIfAny(problems);
        OrganisationEntry now = new OrganisationEntry(
                code,
                name,
                superior,
                place,
                shortName,
                issuer,
                change.termStart() == null ? was.termStart() : change.termStart(),
                profile,
                parentCode,
                was.active());
        directory.update(row.id(), now, parentId);
        audit.recordSystem(
                row.id(),
                AuditAction.UNIT_CHANGED,
                "organisation:" + code,
                null,
                Messages.get("audit.organisation.changed", operator),
                null);
        return row(code).entry();
    }

    /** A deactivated organisation keeps everything and is read-only for its users (ReadOnlyWhenInactive). */
    @Transactional
    public OrganisationEntry setActive(String code, boolean active) {
        String operator = requireOperator();
        OrganisationDirectory.Row row = row(code);
        if (row.entry().active() != active) {
            directory.setActive(row.id(), active);
            audit.recordSystem(
                    row.id(),
                    AuditAction.UNIT_CHANGED,
                    "organisation:" + code,
                    null,
                    Messages.get(active ? "audit.organisation.activated" : "audit.organisation.deactivated", operator),
                    null);
        }
        return row(code).entry();
    }

    // ---- helpers

    /** The operator's username; everyone else is refused (an organisation's administrator too). */
    private static String requireOperator() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null
                || who.getAuthorities().stream().noneMatch(a -> PlatformOperator.AUTHORITY.equals(a.getAuthority()))) {
            throw AppException.forbidden("error.platform.forbidden");
        }
        return who.getName();
    }

    private OrganisationDirectory.Row row(String code) {
        return directory.byCode(code).orElseThrow(() -> AppException.notFound("error.organisation.unknown", code));
    }

    private Long parent(String parentCode, List<Violation> problems) {
        if (blankToNull(parentCode) == null) {
            return null;
        }
        return directory
                .byCode(parentCode.strip())
                .map(OrganisationDirectory.Row::id)
                .orElseGet(() -> {
                    problems.add(
                            new Violation("parentCode", Messages.get("error.organisation.parentUnknown", parentCode)));
                    return null;
                });
    }

    private static void profile(String id, List<Violation> problems) {
        if (blankToNull(id) != null && !OrganisationProfiles.exists(id.strip())) {
            problems.add(new Violation("formatProfile", Messages.get("error.organisation.profile", id)));
        }
    }

    private static String field(String field, String given, String was, List<Violation> problems) {
        if (given == null) {
            return was;
        }
        if (given.isBlank() || given.strip().length() > MAX_NAME) {
            problems.add(new Violation(field, Messages.get("error.organisation.field")));
        }
        return given.strip();
    }

    private static OrganisationEntry withProfile(OrganisationEntry e, String profile) {
        return new OrganisationEntry(
                e.code(),
                e.name(),
                e.superior(),
                e.place(),
                e.shortName(),
                e.issuerCode(),
                e.termStart(),
                profile == null ? null : profile.strip(),
                e.parentCode(),
                e.active());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static AppException renamed(AppException e) {
        if (e.violations().isEmpty()) {
            return e;
        }
        List<Violation> problems = e.violations().stream()
                .map(v -> new Violation(FIELDS.getOrDefault(v.field(), v.field()), v.message()))
                .toList();
        return invalid(problems);
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
