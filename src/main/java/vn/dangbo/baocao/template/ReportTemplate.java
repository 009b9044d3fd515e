package vn.dangbo.baocao.template;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A report outline as data (see docs/templates.md). Immutable; built by {@link TemplateParser}.
 *
 * @param subject subject lines (trích yếu) with placeholders {period}, {month}, {year}, {number}
 * @param closing closing sentence with the same placeholders and {organisation}
 * @param aggregates summary tables computed from the units' figures during consolidation
 * @param format the format profile the document is printed in ("state-30"); null for the application's
 * @param signature the signature's authority and position lines, when the template sets them
 */
public record ReportTemplate(
        String id,
        int version,
        String title,
        String documentType,
        List<String> subject,
        String basis,
        String closing,
        List<String> recipients,
        List<TemplateSection> sections,
        List<TemplateAggregate> aggregates,
        String format,
        SignatureText signature) {

    public ReportTemplate {
        subject = List.copyOf(subject);
        recipients = List.copyOf(recipients);
        sections = List.copyOf(sections);
        aggregates = aggregates == null ? List.of() : List.copyOf(aggregates);
    }

    public ReportTemplate(
            String id,
            int version,
            String title,
            String documentType,
            List<String> subject,
            String basis,
            String closing,
            List<String> recipients,
            List<TemplateSection> sections) {
        this(id, version, title, documentType, subject, basis, closing, recipients, sections, List.of(), null, null);
    }

    /**
     * The signature's first lines as data: the authority ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "T/M CHI BỘ")
     * and, when set, the position printed under it instead of the signer's own ("PHÓ CHỦ TỊCH").
     */
    public record SignatureText(String authority, String position) {}

    /** The top-level parts printed after the signature (phụ lục). */
    public List<TemplateSection> appendices() {
        return sections.stream().filter(TemplateSection::appendix).toList();
    }

    /** Every section in document order, parents before their children. */
    public List<TemplateSection> allSections() {
        List<TemplateSection> all = new ArrayList<>();
        sections.forEach(s -> s.collect(all));
        return all;
    }

    /** The numbered headings of a section's parents, outermost first ("C. KẾT QUẢ THỰC HIỆN" for "C.I"). */
    public List<String> parentHeadings(String code) {
        List<String> path = new ArrayList<>();
        for (TemplateSection top : sections) {
            if (pathTo(top, code, path)) {
                return path.subList(0, path.size() - 1);
            }
        }
        return List.of();
    }

    private static boolean pathTo(TemplateSection section, String code, List<String> path) {
        path.add(section.numberedHeading());
        if (section.code().equals(code)) {
            return true;
        }
        for (TemplateSection child : section.children()) {
            if (pathTo(child, code, path)) {
                return true;
            }
        }
        path.remove(path.size() - 1);
        return false;
    }

    /** The sections that hold content (they have items), in document order. */
    public List<TemplateSection> contentSections() {
        return allSections().stream().filter(TemplateSection::holdsContent).toList();
    }

    public Optional<TemplateSection> section(String code) {
        return allSections().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** The role keys named by `role:<key>` owners, in document order. */
    public Set<String> roleKeys() {
        Set<String> keys = new LinkedHashSet<>();
        contentSections()
                .forEach(s -> s.itemOwners().forEach(owner -> {
                    if (owner.kind() == SectionOwner.Kind.ROLE) {
                        keys.add(owner.roleKey());
                    }
                }));
        return keys;
    }

    /** Every item of every section, in document order. */
    public List<TemplateItem> allItems() {
        return allSections().stream().flatMap(s -> s.items().stream()).toList();
    }

    public Optional<TemplateItem> item(String code) {
        return allItems().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** Every indicator of the template; keys are unique across the template. */
    public List<Indicator> indicators() {
        return allItems().stream().flatMap(i -> i.indicators().stream()).toList();
    }

    public Optional<Indicator> indicator(String key) {
        return indicators().stream().filter(i -> i.key().equals(key)).findFirst();
    }

    /** The item holding the indicator {@code key}. */
    public Optional<TemplateItem> itemOf(String key) {
        return allItems().stream().filter(i -> i.indicator(key).isPresent()).findFirst();
    }

    public List<IndicatorTable> tables() {
        return allItems().stream().flatMap(i -> i.tables().stream()).toList();
    }

    public boolean hasEachSections() {
        return contentSections().stream()
                .flatMap(s -> s.itemOwners().stream())
                .anyMatch(o -> o.kind() == SectionOwner.Kind.EACH);
    }
}
