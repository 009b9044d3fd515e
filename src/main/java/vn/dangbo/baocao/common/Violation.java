package vn.dangbo.baocao.common;

/** One invalid field of a request, with a Vietnamese message. */
public record Violation(String field, String message) {}
