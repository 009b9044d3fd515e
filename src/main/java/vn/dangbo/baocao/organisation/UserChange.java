package vn.dangbo.baocao.organisation;

import java.util.Set;
import vn.dangbo.baocao.identity.Role;

/**
 * A change of a user; a null field stays as it is. A blank position clears it, and so does a change of roles
 * without LEADERSHIP.
 */
public record UserChange(String fullName, String unitCode, Set<Role> roles, String position, Boolean enabled) {}
