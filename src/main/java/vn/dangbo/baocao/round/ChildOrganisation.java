package vn.dangbo.baocao.round;

/** A child organisation a superior's request can go to. */
public record ChildOrganisation(String code, String name) {}
