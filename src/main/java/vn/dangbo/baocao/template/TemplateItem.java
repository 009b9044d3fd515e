package vn.dangbo.baocao.template;

import java.util.List;

/**
 * One item of a section: a heading (may be empty), the guidance prompts of the outline, and its figures.
 *
 * @param label the number as printed, e.g. "1.", "3.1.", "a)"; may be empty
 */
public record TemplateItem(
        String code,
        String label,
        String heading,
        String guidance,
        boolean required,
        List<Indicator> indicators,
        List<IndicatorRule> rules) {

    public TemplateItem {
        indicators = List.copyOf(indicators);
        rules = List.copyOf(rules);
    }

    public String numberedHeading() {
        if (heading == null || heading.isBlank()) {
            return "";
        }
        return label == null || label.isBlank() ? heading : label + " " + heading;
    }
}
