package vn.dangbo.baocao.organisation;

/** A change of a unit; a null field stays as it is. */
public record UnitChange(String name, Boolean active) {}
