package vn.dangbo.baocao.organisation;

import vn.dangbo.baocao.identity.UnitKind;

/** A unit as the administrator sees it: also inactive ones, with the number of enabled users. */
public record UnitSummary(String code, String name, UnitKind kind, boolean active, int users) {}
