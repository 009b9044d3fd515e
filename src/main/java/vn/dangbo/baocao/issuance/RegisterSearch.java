package vn.dangbo.baocao.issuance;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The text part of a register search: digits alone find that number ("5" and "05" find 05-BC/ĐU, not every
 * title with a 5 in its year); other text is looked for in the symbol and title, without regard to case or marks.
 */
final class RegisterSearch {

    private RegisterSearch() {}

    static Predicate<IssuedDocument> matching(String text) {
        if (text == null || text.isBlank()) {
            return d -> true;
        }
        String wanted = fold(text.strip());
        if (wanted.matches("\\d{1,9}")) {
            int number = Integer.parseInt(wanted);
            return d -> d.number() == number;
        }
        return d -> fold(d.symbol()).contains(wanted) || fold(d.title()).contains(wanted);
    }

    static String fold(String text) {
        String plain = Normalizer.normalize(text.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
