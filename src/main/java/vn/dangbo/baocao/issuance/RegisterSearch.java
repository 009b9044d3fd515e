package vn.dangbo.baocao.issuance;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** The text part of a register search: by number, symbol or title, without regard to case or marks. */
final class RegisterSearch {

    private RegisterSearch() {
    }

    static Predicate<IssuedDocument> matching(String text) {
        if (text == null || text.isBlank()) {
            return d -> true;
        }
        String wanted = fold(text.strip());
        Integer number = wanted.matches("\\d{1,9}") ? Integer.valueOf(wanted) : null;
        return d -> (number != null && d.number() == number)
                || fold(d.symbol()).contains(wanted)
                || fold(d.title()).contains(wanted);
    }

    static String fold(String text) {
        String plain = Normalizer.normalize(text.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
