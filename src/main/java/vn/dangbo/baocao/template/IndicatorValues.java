package vn.dangbo.baocao.template;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;
import vn.dangbo.baocao.common.Messages;

/** Reading and showing one indicator value according to its type. */
final class IndicatorValues {

    static final String EMPTY = "—";

    private static final DateTimeFormatter TYPED_DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final Pattern MONEY_SUFFIX = Pattern.compile("(?iu)\\s*(đồng|đ|vnđ|vnd)\\s*$");

    private IndicatorValues() {}

    static BigDecimal number(Indicator indicator, String text) {
        String t = indicator.type() == IndicatorType.MONEY
                ? MONEY_SUFFIX.matcher(text).replaceFirst("")
                : text;
        return VietnameseNumbers.parse(t);
    }

    static BigDecimal plain(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The reason the number does not fit the indicator, or null. */
    static String problem(Indicator indicator, BigDecimal number) {
        IndicatorType type = indicator.type();
        if ((type == IndicatorType.INTEGER || type == IndicatorType.MONEY) && !whole(number)) {
            return notWhole(indicator);
        }
        if (indicator.min() != null && number.compareTo(indicator.min()) < 0) {
            return Messages.get(
                    "template.value.belowMin", indicator.label(), VietnameseNumbers.format(indicator.min()));
        }
        if (indicator.max() != null && number.compareTo(indicator.max()) > 0) {
            return Messages.get(
                    "template.value.aboveMax", indicator.label(), VietnameseNumbers.format(indicator.max()));
        }
        return null;
    }

    static String notWhole(Indicator indicator) {
        return Messages.get("template.value.notWhole", indicator.label());
    }

    static String plainString(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.signum() == 0 ? "0" : stripped.toPlainString();
    }

    /** "1.235", "99,6%", "2.500.000.000 đ"; computed values are already rounded. */
    static String display(Indicator indicator, BigDecimal number, boolean computed) {
        String shown = computed || indicator.type() == IndicatorType.MONEY
                ? VietnameseNumbers.format(number, indicator.displayDecimals())
                : VietnameseNumbers.format(number);
        return switch (indicator.type()) {
            case PERCENT -> shown + "%";
            // the declared unit ("đồng") is printed after the value: the currency is written once
            case MONEY -> hasUnit(indicator) ? shown : Messages.get("indicator.money", shown);
            case INTEGER -> padded(indicator, number, shown);
            default -> shown;
        };
    }

    private static boolean hasUnit(Indicator indicator) {
        return indicator.unit() != null && !indicator.unit().isBlank();
    }

    /** "01" for 1 with {@code digits: 2}; larger numbers as usual. */
    private static String padded(Indicator indicator, BigDecimal number, String shown) {
        if (indicator.digits() == null || number.signum() < 0) {
            return shown;
        }
        String plain = number.toBigInteger().toString();
        return plain.length() < indicator.digits() ? "0".repeat(indicator.digits() - plain.length()) + plain : shown;
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip(), TYPED_DATE);
        } catch (DateTimeParseException e) {
            return isoDate(text);
        }
    }

    static LocalDate isoDate(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String formatDate(LocalDate date) {
        return SHOWN_DATE.format(date);
    }

    private static boolean whole(BigDecimal number) {
        return number.stripTrailingZeros().scale() <= 0;
    }
}
