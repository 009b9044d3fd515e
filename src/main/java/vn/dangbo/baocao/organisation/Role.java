package vn.dangbo.baocao.organisation;

public enum Role {
    UNIT,
    OFFICE,
    LEADERSHIP,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
