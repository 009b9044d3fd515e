package vn.dangbo.baocao.template;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dangbo.baocao.common.Messages;

/**
 * The {name} placeholders of every text of a template (subject, basis, closing, headings, guidance, labels,
 * table titles): the period and its neighbours, the issuing body, and the document's own number and date.
 * A unit's figure citation {{key}} is not a placeholder (see {@link FigureCitations}).
 */
public final class Placeholders {

    public static final Set<String> NAMES = Set.of(
            "period",
            "periodShort",
            "month",
            "quarter",
            "year",
            "number",
            "previousYear",
            "nextYear",
            "previousPeriod",
            "nextPeriod",
            "organisation",
            "commune",
            "issuer",
            "superior",
            "documentNumber",
            "documentDate");

    private static final Pattern PLACEHOLDER = Pattern.compile("(?<!\\{)\\{([A-Za-z_]+)}(?!})");

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
        values.put("periodShort", shortLabel(periodKind, year, number));
        values.put("month", "MONTH".equals(periodKind) ? String.valueOf(number) : "");
        values.put("quarter", quarter(periodKind, number));
        values.put("year", String.valueOf(year));
        values.put("number", String.valueOf(number));
        values.put("previousYear", String.valueOf(year - 1));
        values.put("nextYear", String.valueOf(year + 1));
        int[] previous = step(periodKind, year, number, -1);
        int[] next = step(periodKind, year, number, 1);
        values.put("previousPeriod", PeriodLabel.of(periodKind, previous[0], previous[1]));
        values.put("nextPeriod", PeriodLabel.of(periodKind, next[0], next[1]));
        values.put("organisation", organisation == null ? "" : organisation);
        values.put("commune", commune == null ? "" : commune);
        return values;
    }

    /**
     * The values for one document: those of the report plus the issuing bodies as printed in the header
     * ("ĐẢNG ỦY XÃ XUÂN HƯNG", "ĐẢNG BỘ TỈNH NINH BÌNH") and the document's own number and date, blanks in a draft.
     */
    public static Map<String, String> forDocument(
            Map<String, String> report, String issuer, String superior, String documentNumber, String documentDate) {
        Map<String, String> values = new LinkedHashMap<>(report);
        values.put("issuer", issuer == null ? "" : issuer);
        values.put("superior", superior == null ? "" : superior);
        String blank = Messages.get("document.blank");
        values.put("documentNumber", documentNumber == null ? blank : documentNumber);
        values.put("documentDate", documentDate == null ? blank : documentDate);
        return values;
    }

    /** "tháng 4/2026", "quý IV/2025", "6 tháng đầu năm 2026", "năm 2026". */
    static String shortLabel(String kind, int year, int number) {
        return switch (kind == null ? "" : kind) {
            case "MONTH" -> Messages.get("period.short.month", String.valueOf(number), String.valueOf(year));
            case "QUARTER" -> Messages.get("period.short.quarter", Numbering.roman(number), String.valueOf(year));
            default -> PeriodLabel.of(kind, year, number);
        };
    }

    /** The Roman quarter of a quarterly period, or the quarter holding a month ("IV" for 11). */
    private static String quarter(String kind, int number) {
        return switch (kind == null ? "" : kind) {
            case "QUARTER" -> Numbering.roman(number);
            case "MONTH" -> Numbering.roman((number - 1) / 3 + 1);
            default -> "";
        };
    }

    /** {year, number} of the period {@code by} steps away. */
    private static int[] step(String kind, int year, int number, int by) {
        int perYear = switch (kind == null ? "" : kind) {
            case "MONTH" -> 12;
            case "QUARTER" -> 4;
            case "HALF_YEAR" -> 2;
            default -> 0;
        };
        if (perYear == 0) {
            return new int[] {year + by, number};
        }
        int index = year * perYear + (number - 1) + by;
        return new int[] {Math.floorDiv(index, perYear), Math.floorMod(index, perYear) + 1};
    }
}
