package vn.dangbo.baocao.contribution;

import java.time.Instant;
import java.util.List;

/** What a unit has typed in one part since the version it started from; replaced at every autosave. */
record SectionDraft(
        long reportId,
        String sectionCode,
        long unitId,
        int baseVersion,
        List<SectionItem> items,
        String updatedBy,
        Instant updatedAt) {

    SectionDraft {
        items = List.copyOf(items);
    }
}
