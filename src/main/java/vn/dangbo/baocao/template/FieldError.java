package vn.dangbo.baocao.template;

/** A problem with one field (an indicator key, or the keys of a broken rule), in Vietnamese. */
public record FieldError(String field, String message) {}
