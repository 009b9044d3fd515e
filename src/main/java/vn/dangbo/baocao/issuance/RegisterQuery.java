package vn.dangbo.baocao.issuance;

import java.time.LocalDate;

/**
 * A search of the register; every part is optional. {@code text} matches the number ("5", "05"), the symbol or
 * the title, ignoring case and Vietnamese marks; {@code from} and {@code to} bound the issue date, inclusive.
 */
public record RegisterQuery(Integer year, String text, LocalDate from, LocalDate to) {

    public static RegisterQuery all() {
        return new RegisterQuery(null, null, null, null);
    }
}
