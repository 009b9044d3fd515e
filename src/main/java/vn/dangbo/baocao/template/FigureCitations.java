package vn.dangbo.baocao.template;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unit's text citing its item's figures: "hoàn thành {{done}}/{{total}} nhiệm vụ, đạt {{rate}}%" prints
 * "hoàn thành 17/18 nhiệm vụ, đạt 94,4%" with the values as currently shown (computed ones included).
 */
public final class FigureCitations {

    private static final Pattern CITATION = Pattern.compile("\\{\\{\\s*([a-z][a-z0-9_]*)\\s*}}");

    private FigureCitations() {}

    /** The text with each {{key}} replaced by its display value; a cited figure not filled prints "—". */
    public static String fill(String text, TemplateItem item, Map<String, String> display) {
        if (text == null || !text.contains("{{")) {
            return text;
        }
        Matcher m = CITATION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String value = item.indicator(key).isEmpty() ? m.group() : cited(display.get(key));
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The keys a text cites that its item does not have (a save is refused on them). */
    public static Set<String> unknown(String text, TemplateItem item) {
        Set<String> out = new LinkedHashSet<>();
        if (text != null) {
            Matcher m = CITATION.matcher(text);
            while (m.find()) {
                if (item.indicator(m.group(1)).isEmpty()) {
                    out.add(m.group(1));
                }
            }
        }
        return out;
    }

    /** A percentage is cited without its sign, so the sentence writes "đạt {{rate}}%" as an office would. */
    private static String cited(String value) {
        if (value == null || value.isBlank()) {
            return IndicatorValues.EMPTY;
        }
        return value.endsWith("%") ? value.substring(0, value.length() - 1) : value;
    }
}
