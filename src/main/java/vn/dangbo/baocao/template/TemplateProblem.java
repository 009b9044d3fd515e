package vn.dangbo.baocao.template;

/** One problem of a template document, at a path such as {@code sections[3].items[2].indicators[1].formula}. */
public record TemplateProblem(String path, String message) {}
