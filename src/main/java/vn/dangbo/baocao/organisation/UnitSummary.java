package vn.dangbo.baocao.organisation;

/** A unit as the administrator sees it: also inactive ones, with the number of enabled users. */
public record UnitSummary(String code, String name, UnitKind kind, boolean active, int users) {}
