package vn.dangbo.baocao.organisation;

/** A unit to create. */
public record NewUnit(String code, String name, UnitKind kind) {}
