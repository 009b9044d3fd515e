package vn.dangbo.baocao.contribution;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Distributes the lines of an imported document over a unit's items: a line that reads like an item's heading
 * (numbering aside, case aside, diacritics kept) starts that item, a section's heading starts its first item,
 * and lines before any heading go to the first item.
 */
final class HeadingMatcher {

    /** A section of the unit's part, with its items in template order. */
    record Target(String sectionCode, String sectionHeading, List<ItemTarget> items) {}

    record ItemTarget(String code, String heading) {}

    /** Where an item's lines go. */
    record Slot(String sectionCode, String itemCode) {}

    private static final Pattern NUMBERING = Pattern.compile(
            "^\\s*(?:[-+•*–]+|\\d+(?:\\.\\d+)+(?=\\s)|(?:[IVXLCDM]+|[A-Za-zĐđ]|\\d+(?:\\.\\d+)*)\\s*[.):–-])\\s*");
    private static final Pattern TRAILING = Pattern.compile("[\\s:.;,]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private HeadingMatcher() {}

    /** The lines of each slot, in template order of first use; slots without lines are absent. */
    static Map<Slot, List<String>> match(List<Target> targets, List<String> lines) {
        Map<Slot, List<String>> out = new LinkedHashMap<>();
        if (targets.isEmpty() || targets.get(0).items().isEmpty()) {
            return out;
        }
        Target currentSection = null;
        Slot current = null;
        for (String line : lines) {
            Optional<Hit> hit = findItem(targets, currentSection, line);
            if (hit.isPresent()) {
                currentSection = hit.get().target();
                current =
                        new Slot(currentSection.sectionCode(), hit.get().item().code());
                out.computeIfAbsent(current, k -> new ArrayList<>());
                if (!hit.get().rest().isBlank()) {
                    out.get(current).add(hit.get().rest());
                }
                continue;
            }
            Optional<Target> section = findSection(targets, line);
            if (section.isPresent() && !section.get().items().isEmpty()) {
                currentSection = section.get();
                current = new Slot(
                        currentSection.sectionCode(),
                        currentSection.items().get(0).code());
                continue;
            }
            if (current == null) {
                current = new Slot(
                        targets.get(0).sectionCode(),
                        targets.get(0).items().get(0).code());
            }
            out.computeIfAbsent(current, k -> new ArrayList<>()).add(line);
        }
        out.values().removeIf(List::isEmpty);
        return out;
    }

    /** Numbering ("1.", "a)", "I.", "III-", "-"), trailing punctuation, case and spacing removed; marks kept. */
    static String normalise(String text) {
        String t = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC)
                .replace('\u00a0', ' ');
        String before;
        do {
            before = t;
            t = NUMBERING.matcher(t).replaceFirst("");
        } while (!t.equals(before) && !t.isEmpty());
        t = TRAILING.matcher(t).replaceAll("");
        return SPACES.matcher(t.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    private record Hit(Target target, ItemTarget item, String rest) {}

    private static Optional<Hit> findItem(List<Target> targets, Target currentSection, String line) {
        String whole = normalise(line);
        int colon = line.indexOf(':');
        String head = colon > 0 ? normalise(line.substring(0, colon)) : null;
        String rest = colon > 0 ? line.substring(colon + 1).strip() : "";
        List<Target> order = new ArrayList<>();
        if (currentSection != null) {
            order.add(currentSection);
        }
        order.addAll(targets);
        for (Target target : order) {
            for (ItemTarget item : target.items()) {
                String heading = normalise(item.heading());
                if (heading.isEmpty()) {
                    continue;
                }
                if (heading.equals(whole)) {
                    return Optional.of(new Hit(target, item, ""));
                }
                if (heading.equals(head)) {
                    return Optional.of(new Hit(target, item, rest));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Target> findSection(List<Target> targets, String line) {
        String whole = normalise(line);
        return targets.stream()
                .filter(t -> !whole.isEmpty() && normalise(t.sectionHeading()).equals(whole))
                .findFirst();
    }
}
