package vn.dangbo.baocao.organisation;

import java.util.Set;
import vn.dangbo.baocao.identity.Role;

/** A user to create, with the initial password the administrator gives them. */
public record NewUser(
        String username, String fullName, String unitCode, Set<Role> roles, String position, String password) {}
