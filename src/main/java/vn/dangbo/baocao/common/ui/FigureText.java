package vn.dangbo.baocao.common.ui;

import java.math.BigDecimal;
import vn.dangbo.baocao.template.VietnameseNumbers;

/** A stored figure ("1003", "99.5") as a Vietnamese reader expects it on screen: "1.003", "99,5". */
public final class FigureText {

    private FigureText() {}

    /** The figure grouped with "." and "," as decimal mark; {@code empty} when there is none; other text as is. */
    public static String of(String stored, String empty) {
        if (stored == null || stored.isBlank()) {
            return empty;
        }
        try {
            return VietnameseNumbers.format(new BigDecimal(stored.strip()));
        } catch (NumberFormatException e) {
            return stored;
        }
    }
}
