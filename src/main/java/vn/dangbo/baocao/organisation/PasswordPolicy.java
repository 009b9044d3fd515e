package vn.dangbo.baocao.organisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.Violation;

/**
 * What a password must be besides long enough: not mostly one or a few characters repeated, not a run of the
 * keyboard or the alphabet, not a common password (security/common-passwords.txt), not containing the username.
 * That it differs from the current one is checked where the current hash is at hand.
 */
final class PasswordPolicy {

    static final int MIN_DISTINCT = 5;
    private static final List<String> RUNS = List.of(
            "1234567890123456789012",
            "0987654321098765432109",
            "abcdefghijklmnopqrstuvwxyz",
            "zyxwvutsrqponmlkjihgfedcba",
            "qwertyuiopasdfghjklzxcvbnm",
            "mnbvcxzlkjhgfdsapoiuytrewq");
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {}

    /** Adds the first problem found, if any; the length is AdminRules' check. */
    static void check(String field, String password, String username, List<Violation> problems) {
        String folded = password.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        if (password.isBlank()
                || folded.codePoints().distinct().count() < MIN_DISTINCT
                || RUNS.stream().anyMatch(run -> run.contains(folded))) {
            problems.add(new Violation(field, Messages.get("error.password.weak", MIN_DISTINCT)));
        } else if (COMMON.contains(folded)) {
            problems.add(new Violation(field, Messages.get("error.password.common")));
        } else if (username != null
                && username.strip().length() >= 3
                && folded.contains(username.strip().toLowerCase(Locale.ROOT))) {
            problems.add(new Violation(field, Messages.get("error.password.username")));
        }
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
