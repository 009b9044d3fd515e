package vn.dangbo.baocao.report;

public enum UnitStatus {
    NOT_STARTED,
    DRAFTING,
    SUBMITTED,
    RETURNED,
    ACCEPTED;

    /** While the unit may still change its sections. */
    public boolean editable() {
        return this == NOT_STARTED || this == DRAFTING || this == RETURNED;
    }
}
