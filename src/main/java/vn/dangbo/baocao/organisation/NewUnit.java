package vn.dangbo.baocao.organisation;

import vn.dangbo.baocao.identity.UnitKind;

/** A unit to create. */
public record NewUnit(String code, String name, UnitKind kind) {}
