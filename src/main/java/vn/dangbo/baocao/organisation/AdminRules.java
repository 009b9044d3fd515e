package vn.dangbo.baocao.organisation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.Violation;
import vn.dangbo.baocao.identity.Role;
import vn.dangbo.baocao.identity.UnitKind;

/** The shape of units, users and passwords: pure checks, each problem a Vietnamese message for one field. */
final class AdminRules {

    static final Pattern UNIT_CODE = Pattern.compile("[a-z0-9-]{2,32}");
    static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,32}");
    static final int MIN_PASSWORD = 10;
    // bcrypt reads at most 72 bytes; a longer password would be silently cut
    static final int MAX_PASSWORD_BYTES = 72;
    static final int MAX_NAME = 255;

    private AdminRules() {}

    static void unitCode(String code, List<Violation> problems) {
        if (code == null || !UNIT_CODE.matcher(code).matches()) {
            problems.add(new Violation("code", Messages.get("error.unit.code")));
        }
    }

    static void name(String field, String key, String name, List<Violation> problems) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            problems.add(new Violation(field, Messages.get(key)));
        }
    }

    static void username(String username, List<Violation> problems) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            problems.add(new Violation("username", Messages.get("error.user.username")));
        }
    }

    /** Long enough, not too long for bcrypt, and not easy to guess (PasswordPolicy). */
    static void password(String field, String password, String username, List<Violation> problems) {
        if (password == null || password.length() < MIN_PASSWORD) {
            problems.add(new Violation(field, Messages.get("error.password.short", MIN_PASSWORD)));
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            problems.add(new Violation(field, Messages.get("error.password.long", MAX_PASSWORD_BYTES)));
        } else {
            PasswordPolicy.check(field, password, username, problems);
        }
    }

    static List<Violation> password(String field, String password, String username) {
        List<Violation> problems = new ArrayList<>();
        password(field, password, username, problems);
        return problems;
    }

    /**
     * Each working role belongs to one kind of unit; ADMIN fits any unit; a position only for the leadership, one of
     * the organisation's positions.
     */
    static void rolesAndPosition(
            Set<Role> roles, UnitKind kind, String position, Vocabulary vocabulary, List<Violation> problems) {
        if (roles == null || roles.isEmpty()) {
            problems.add(new Violation("roles", Messages.get("error.user.roles")));
            return;
        }
        if (kind != null) {
            for (Role role : roles) {
                UnitKind required = unitKindOf(role);
                if (required != null && required != kind) {
                    problems.add(new Violation("roles", Messages.get("error.user.role." + role.name())));
                }
            }
        }
        if (position != null
                && (!roles.contains(Role.LEADERSHIP) || !vocabulary.positions().contains(position))) {
            problems.add(new Violation("position", Messages.get("error.user.position", vocabulary.positionChoices())));
        }
    }

    static UnitKind unitKindOf(Role role) {
        return switch (role) {
            case UNIT -> UnitKind.CHI_BO;
            case OFFICE -> UnitKind.OFFICE;
            case LEADERSHIP -> UnitKind.LEADERSHIP;
            case ADMIN -> null;
        };
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
