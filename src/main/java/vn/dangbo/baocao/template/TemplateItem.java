package vn.dangbo.baocao.template;

import java.util.List;
import java.util.Optional;

/**
 * One item of a section: a heading (may be empty), the guidance prompts of the outline, and its figures.
 *
 * @param label the number as printed, e.g. "1.", "3.1.", "a)"; may be empty
 * @param tables tables shown after the item's text; their cells name indicator keys
 * @param figures how the item's figures print in the document
 * @param inline the heading and the text share one paragraph ("11. Hợp tác quốc tế: Không có.")
 * @param unitTables tables whose rows the unit adds (a row per dossier, per project)
 * @param owner who writes this item when it is not its section's owner ({@code owner:} of the item); null: the
 *     section's, see {@link TemplateSection#ownerOf}
 */
public record TemplateItem(
        String code,
        String label,
        String heading,
        String guidance,
        boolean required,
        List<Indicator> indicators,
        List<IndicatorRule> rules,
        List<IndicatorTable> tables,
        FigureDisplay figures,
        boolean inline,
        List<UnitTable> unitTables,
        SectionOwner owner) {

    public TemplateItem {
        figures = figures == null ? FigureDisplay.LIST : figures;
        indicators = List.copyOf(indicators);
        rules = List.copyOf(rules);
        tables = tables == null ? List.of() : List.copyOf(tables);
        unitTables = unitTables == null ? List.of() : List.copyOf(unitTables);
    }

    public TemplateItem(
            String code,
            String label,
            String heading,
            String guidance,
            boolean required,
            List<Indicator> indicators,
            List<IndicatorRule> rules,
            List<IndicatorTable> tables,
            FigureDisplay figures,
            boolean inline) {
        this(code, label, heading, guidance, required, indicators, rules, tables, figures, inline, List.of(), null);
    }

    public TemplateItem(
            String code,
            String label,
            String heading,
            String guidance,
            boolean required,
            List<Indicator> indicators,
            List<IndicatorRule> rules,
            List<IndicatorTable> tables,
            FigureDisplay figures,
            boolean inline,
            List<UnitTable> unitTables) {
        this(code, label, heading, guidance, required, indicators, rules, tables, figures, inline, unitTables, null);
    }

    public Optional<UnitTable> unitTable(String code) {
        return unitTables.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public TemplateItem(
            String code,
            String label,
            String heading,
            String guidance,
            boolean required,
            List<Indicator> indicators,
            List<IndicatorRule> rules) {
        this(code, label, heading, guidance, required, indicators, rules, List.of(), FigureDisplay.LIST, false);
    }

    public String numberedHeading() {
        if (heading == null || heading.isBlank()) {
            return "";
        }
        return label == null || label.isBlank() ? heading : label + " " + heading;
    }

    public Optional<Indicator> indicator(String key) {
        return indicators.stream().filter(i -> i.key().equals(key)).findFirst();
    }

    /** The indicators the user types (not computed, not cumulative). */
    public List<Indicator> inputs() {
        return indicators.stream().filter(i -> !i.computed()).toList();
    }
}
