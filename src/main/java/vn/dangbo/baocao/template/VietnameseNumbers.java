package vn.dangbo.baocao.template;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.regex.Pattern;

/** Numbers as Vietnamese write them: "." groups thousands, "," is the decimal mark ("1.235,5"). */
public final class VietnameseNumbers {

    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+([.,]\\d+)?");

    private VietnameseNumbers() {}

    /**
     * The number typed, or null when it is not one. "1.235" is one thousand two hundred thirty-five,
     * "1,5" and "1.5" are one and a half; a trailing "%" is ignored.
     */
    public static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replace(" ", "").replace("\u00a0", "");
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1);
        }
        if (GROUPED.matcher(t).matches()) {
            return new BigDecimal(t.replace(".", "").replace(',', '.'));
        }
        if (PLAIN.matcher(t).matches()) {
            return new BigDecimal(t.replace(',', '.'));
        }
        return null;
    }

    /** Grouped with "." and "," as decimal mark, with as many decimals as the number has. */
    public static String format(BigDecimal number) {
        return pattern(10).format(number);
    }

    /** Rounded half-up to at most {@code decimals} digits after the comma, trailing zeros dropped: "99,6", "100". */
    public static String format(BigDecimal number, int decimals) {
        return pattern(decimals).format(number.setScale(decimals, RoundingMode.HALF_UP));
    }

    private static DecimalFormat pattern(int decimals) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "#".repeat(decimals), symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
