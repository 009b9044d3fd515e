package vn.dangbo.baocao.contribution;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What was written for one item: free text, its indicator values (canonical, e.g. "1235.5") and the rows of
 * its unit tables (table code → rows, each column key → canonical value).
 */
public record SectionItem(
        String code,
        String text,
        Map<String, String> indicators,
        // left out when empty, so content without tables serialises (and hashes) as before
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, List<Map<String, String>>> tables) {

    public SectionItem {
        text = text == null ? "" : text;
        // sorted, so that the same content always serialises (and hashes) the same way
        indicators = indicators == null ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(indicators));
        TreeMap<String, List<Map<String, String>>> sorted = new TreeMap<>();
        if (tables != null) {
            tables.forEach((table, rows) -> sorted.put(
                    table,
                    rows == null
                            ? List.of()
                            : rows.stream()
                                    .map(r -> (Map<String, String>) Collections.unmodifiableSortedMap(new TreeMap<>(r)))
                                    .toList()));
        }
        tables = Collections.unmodifiableSortedMap(sorted);
    }

    public SectionItem(String code, String text, Map<String, String> indicators) {
        this(code, text, indicators, Map.of());
    }

    public boolean filled() {
        return !text.isBlank()
                || indicators.values().stream().anyMatch(v -> v != null && !v.isBlank())
                || tables.values().stream().anyMatch(rows -> !rows.isEmpty());
    }
}
