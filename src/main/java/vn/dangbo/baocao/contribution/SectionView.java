package vn.dangbo.baocao.contribution;

import java.time.Instant;
import java.util.List;

/**
 * A section as the API returns it: the template's outline with the current content of one unit's part. For the
 * unit itself, {@code draft} says that the items are its autosaved draft over {@code version}.
 */
public record SectionView(
        String code,
        String heading,
        String owner,
        String unitCode,
        String unitName,
        List<ItemView> items,
        int version,
        String updatedBy,
        Instant updatedAt,
        boolean draft,
        List<String> parentHeadings) {

    public SectionView(
            String code,
            String heading,
            String owner,
            String unitCode,
            String unitName,
            List<ItemView> items,
            int version,
            String updatedBy,
            Instant updatedAt) {
        this(code, heading, owner, unitCode, unitName, items, version, updatedBy, updatedAt, false, List.of());
    }

    /** The same section under the headings of its parents in the outline. */
    public SectionView withParents(List<String> parents) {
        return new SectionView(
                code,
                heading,
                owner,
                unitCode,
                unitName,
                items,
                version,
                updatedBy,
                updatedAt,
                draft,
                List.copyOf(parents));
    }

    public record ItemView(
            String code,
            String heading,
            String guidance,
            boolean required,
            String text,
            java.util.Map<String, String> indicators,
            java.util.Map<String, String> display,
            List<IndicatorView> indicatorDefinitions) {}

    /** {@code carry}: a stock carried to the next period by "Lấy nội dung kỳ trước"; otherwise a flow. */
    public record IndicatorView(String key, String label, String type, String unit, boolean computed, boolean carry) {

        public IndicatorView(String key, String label, String type, String unit, boolean computed) {
            this(key, label, type, unit, computed, false);
        }
    }
}
