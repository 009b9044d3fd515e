package vn.dangbo.baocao.contribution;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** What was written for one item: free text and its indicator values (canonical, e.g. "1235.5"). */
public record SectionItem(String code, String text, Map<String, String> indicators) {

    public SectionItem {
        text = text == null ? "" : text;
        // sorted, so that the same content always serialises (and hashes) the same way
        indicators = indicators == null ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(indicators));
    }

    public boolean filled() {
        return !text.isBlank() || indicators.values().stream().anyMatch(v -> v != null && !v.isBlank());
    }
}
