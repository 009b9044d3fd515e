package vn.dangbo.baocao.identity;

public enum UnitKind {
    /** a chi bộ: writes its sections */
    CHI_BO,
    /** Văn phòng Đảng ủy: opens, reviews, consolidates, registers */
    OFFICE,
    /** Ban Thường vụ: approves */
    LEADERSHIP
}
