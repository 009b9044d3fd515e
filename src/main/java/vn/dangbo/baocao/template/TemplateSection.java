package vn.dangbo.baocao.template;

import java.util.List;
import java.util.function.Predicate;

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

    /** Who writes an item: its own owner when it declares one, otherwise the section's. */
    public SectionOwner ownerOf(TemplateItem item) {
        return item.owner() != null ? item.owner() : owner;
    }

    /** Some item is written by another owner than the section's (an office part with one paragraph of a unit). */
    public boolean mixedOwners() {
        return items.stream().anyMatch(i -> !ownerOf(i).equals(owner));
    }

    /** The owners of the section's items, in the order of their first item. */
    public List<SectionOwner> itemOwners() {
        return items.stream().map(this::ownerOf).distinct().toList();
    }

    /** The same section with only the items a writer writes (one writer's part of a mixed section). */
    public TemplateSection withItems(Predicate<SectionOwner> writes) {
        return new TemplateSection(
                code,
                label,
                heading,
                depth,
                owner,
                items.stream().filter(i -> writes.test(ownerOf(i))).toList(),
                children,
                unitNames,
                appendix,
                landscape);
    }

    public String numberedHeading() {
        return label == null || label.isBlank() ? heading : label + " " + heading;
    }

    void collect(List<TemplateSection> into) {
        into.add(this);
        children.forEach(c -> c.collect(into));
    }
}
