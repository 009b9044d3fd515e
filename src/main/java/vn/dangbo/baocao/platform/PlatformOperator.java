package vn.dangbo.baocao.platform;

/** Who runs the installation: organisations are theirs to create and deactivate, no organisation's data. */
record PlatformOperator(long id, String username, String passwordHash, String fullName, boolean enabled) {

    /** The role of the operator, not held by any organisation's user. */
    static final String ROLE = "PLATFORM";

    static final String AUTHORITY = "ROLE_" + ROLE;
}
