package vn.dangbo.baocao.organisation;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import vn.dangbo.baocao.identity.Role;

/** A user as the administrator sees it (never the password hash). */
public record UserSummary(
        String username,
        String fullName,
        String unitCode,
        String unitName,
        Set<Role> roles,
        String position,
        boolean enabled) {

    public UserSummary {
        EnumSet<Role> ordered = EnumSet.noneOf(Role.class);
        ordered.addAll(roles);
        roles = Collections.unmodifiableSet(ordered);
    }
}
