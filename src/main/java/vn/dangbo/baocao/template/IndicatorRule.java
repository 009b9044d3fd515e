package vn.dangbo.baocao.template;

/** A rule over indicator keys, e.g. {@code on_time <= received}, with the Vietnamese message shown when broken. */
public record IndicatorRule(String expression, String message) {}
