package vn.dangbo.baocao.contribution;

import java.util.List;

/** An edited part on a screen, to be saved as a new version over {@code version}. */
public record SectionEdit(String code, String unitCode, List<SectionItem> items, int version) {}
