package vn.dangbo.baocao.identity;

import java.util.Set;

/** The signed-in user and the unit they act for. */
public record Actor(
        long userId,
        String username,
        String fullName,
        Organisation organisation,
        Unit unit,
        Set<Role> roles,
        String position) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public long organisationId() {
        return organisation.id();
    }
}
