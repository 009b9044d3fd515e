package vn.dangbo.baocao.contribution;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One saved version of one unit's part of one section. */
public record SectionContent(
        long reportId,
        String sectionCode,
        long unitId,
        int version,
        List<SectionItem> items,
        String contentHash,
        String savedBy,
        String savedByUnit,
        Instant savedAt) {

    public SectionContent {
        items = List.copyOf(items);
    }

    public Optional<SectionItem> item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }
}
