package vn.dangbo.baocao.template;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {name} placeholders of a template's subject, basis and closing texts:
 * {period} "tháng 4 năm 2026", {month} "4", {year} "2026", {number} the period's number ("4"),
 * {organisation} the issuing body as written in a sentence ("Đảng ủy xã Xuân Hưng"),
 * {commune} its short name ("Xuân Hưng").
 */
public final class Placeholders {

    public static final Set<String> NAMES = Set.of("period", "month", "year", "number", "organisation", "commune");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_]+)}");

    private Placeholders() {}

    /** The text with each known {name} replaced; unknown names are left as written. */
    public static String fill(String text, Map<String, String> values) {
        if (text == null) {
            return "";
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The placeholder names used in a text. */
    public static Set<String> names(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text != null) {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    /**
     * The values for one report.
     *
     * @param periodKind MONTH, QUARTER, HALF_YEAR, YEAR or ADHOC
     * @param number the month (1–12), quarter (1–4) or half (1–2); ignored for YEAR and ADHOC
     */
    public static Map<String, String> forReport(
            String periodKind, int year, int number, String organisation, String commune) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("period", PeriodLabel.of(periodKind, year, number));
        values.put("month", "MONTH".equals(periodKind) ? String.valueOf(number) : "");
        values.put("year", String.valueOf(year));
        values.put("number", String.valueOf(number));
        values.put("organisation", organisation == null ? "" : organisation);
        values.put("commune", commune == null ? "" : commune);
        return values;
    }
}
