package vn.dangbo.baocao.contribution;

import com.fasterxml.jackson.annotation.JsonInclude;
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

    /**
     * @param tables the rows of the item's unit tables as stored (table code → rows), the shape of a save
     * @param unitTables the item's unit tables: their columns, the rows as shown and the total row
     */
    /**
     * The same section without the unit tables of some items: in the office's condensed version of an `each`
     * part the rows stay the units' own (the document prints them together), so the office has none to type.
     */
    public SectionView withoutTables(java.util.Set<String> itemCodes) {
        List<ItemView> kept = items.stream()
                .map(i -> itemCodes.contains(i.code())
                        ? new ItemView(
                                i.code(),
                                i.heading(),
                                i.guidance(),
                                i.required(),
                                i.text(),
                                i.indicators(),
                                i.display(),
                                i.indicatorDefinitions())
                        : i)
                .toList();
        return new SectionView(
                code, heading, owner, unitCode, unitName, kept, version, updatedBy, updatedAt, draft, parentHeadings);
    }

    public record ItemView(
            String code,
            String heading,
            String guidance,
            boolean required,
            String text,
            java.util.Map<String, String> indicators,
            java.util.Map<String, String> display,
            List<IndicatorView> indicatorDefinitions,
            // left out when empty, so that an item without tables reads as before
            @JsonInclude(JsonInclude.Include.NON_EMPTY)
            java.util.Map<String, List<java.util.Map<String, String>>> tables,

            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<UnitTableView> unitTables) {

        public ItemView {
            tables = tables == null ? java.util.Map.of() : tables;
            unitTables = unitTables == null ? List.of() : List.copyOf(unitTables);
        }

        public ItemView(
                String code,
                String heading,
                String guidance,
                boolean required,
                String text,
                java.util.Map<String, String> indicators,
                java.util.Map<String, String> display,
                List<IndicatorView> indicatorDefinitions) {
            this(code, heading, guidance, required, text, indicators, display, indicatorDefinitions, null, null);
        }
    }

    /**
     * A table the unit fills, as its editor shows it.
     *
     * @param rows each row's values as shown ("1.200.000.000"), computed columns included
     * @param total the total row's values as shown: summed columns added up, formulas over the sums
     */
    public record UnitTableView(
            String code,
            String title,
            String totalLabel,
            List<IndicatorView> columns,
            List<java.util.Map<String, String>> rows,
            java.util.Map<String, String> total) {}

    /** {@code carry}: a stock carried to the next period by "Lấy nội dung kỳ trước"; otherwise a flow. */
    public record IndicatorView(String key, String label, String type, String unit, boolean computed, boolean carry) {

        public IndicatorView(String key, String label, String type, String unit, boolean computed) {
            this(key, label, type, unit, computed, false);
        }
    }
}
