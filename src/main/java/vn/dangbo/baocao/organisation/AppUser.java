package vn.dangbo.baocao.organisation;

import java.util.Set;
import vn.dangbo.baocao.identity.Role;

public record AppUser(
        long id,
        long organisationId,
        String username,
        String passwordHash,
        String fullName,
        long unitId,
        Set<Role> roles,
        String position,
        boolean enabled) {}
