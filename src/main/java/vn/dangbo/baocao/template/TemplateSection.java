package vn.dangbo.baocao.template;

import java.util.List;

/**
 * A section of the outline (A., C.I, D.3 ...). A section holds either items (content written by its owner)
 * or child sections, or both. The owner of a child defaults to its parent's.
 *
 * @param label the number as printed, e.g. "A.", "I.", "III-", "1."
 * @param depth 0 for top-level sections
 * @param unitNames for an `each` section merged unit by unit: print each unit's name above its part
 * @param appendix a top-level part printed after the signature, on a new page (phụ lục)
 * @param landscape an appendix printed on landscape pages (`orientation: landscape`)
 */
public record TemplateSection(
        String code,
        String label,
        String heading,
        int depth,
        SectionOwner owner,
        List<TemplateItem> items,
        List<TemplateSection> children,
        boolean unitNames,
        boolean appendix,
        boolean landscape) {

    public TemplateSection {
        items = List.copyOf(items);
        children = List.copyOf(children);
    }

    public boolean holdsContent() {
        return !items.isEmpty();
    }

    public String numberedHeading() {
        return label == null || label.isBlank() ? heading : label + " " + heading;
    }

    void collect(List<TemplateSection> into) {
        into.add(this);
        children.forEach(c -> c.collect(into));
    }
}
