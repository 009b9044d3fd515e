package vn.dangbo.baocao.issuance;

import java.time.LocalDate;

/**
 * The place-date line: {@code pattern} uses {place}, {day}, {month} and {year}, e.g.
 * "{place}, ngày {day} tháng {month} năm {year}".
 *
 * @param padDays days below 10 get a leading zero
 * @param padMonthsUpTo months up to this one get a leading zero (2: "tháng 01", "tháng 02", "tháng 3")
 */
public record DateLine(String pattern, boolean padDays, int padMonthsUpTo) {

    String format(String place, LocalDate date, String blank) {
        if (date == null) {
            return fill(place, blank, blank, blank);
        }
        String day = pad(date.getDayOfMonth(), padDays);
        String month = pad(date.getMonthValue(), date.getMonthValue() <= padMonthsUpTo);
        return fill(place, day, month, String.valueOf(date.getYear()));
    }

    private String fill(String place, String day, String month, String year) {
        return pattern.replace("{place}", place == null ? "" : place)
                .replace("{day}", day)
                .replace("{month}", month)
                .replace("{year}", year);
    }

    private static String pad(int value, boolean pad) {
        return pad && value < 10 ? "0" + value : String.valueOf(value);
    }
}
