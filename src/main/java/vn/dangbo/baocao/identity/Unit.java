package vn.dangbo.baocao.identity;

public record Unit(long id, long organisationId, String code, String name, UnitKind kind) {

    /** The Camunda candidate group of this unit: unique across organisations. */
    public String groupId(Organisation organisation) {
        return groupId(organisation.code(), code);
    }

    public static String groupId(String organisationCode, String unitCode) {
        return organisationCode + "." + unitCode;
    }
}
