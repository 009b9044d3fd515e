package vn.dangbo.baocao.identity;

public enum Role {
    UNIT,
    OFFICE,
    LEADERSHIP,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
