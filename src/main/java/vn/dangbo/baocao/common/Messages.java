package vn.dangbo.baocao.common;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one bundle of user-facing texts (messages.properties, Vietnamese, UTF-8). A text may name the organisation's
 * own words, {unit}, {Unit}, {office}, {leadership} and {authority} ("chi bộ", "Chi bộ", "Văn phòng Đảng ủy", "Ban
 * Thường vụ", "T/M BAN THƯỜNG VỤ" for a Party committee): they are filled from the acting user's organisation, or a given one ({@link #in}), as the
 * organisation module tells through {@link #speakWith}; without it, the Party committee's words of the bundle.
 */
public final class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("messages", Locale.ROOT);
    private static final Pattern WORD = Pattern.compile("\\{(unit|Unit|office|leadership|authority)}");
    private static final Set<String> KEYS_WITH_WORDS = keysWithWords();
    private static final Map<String, String> PARTY_WORDS = Map.of(
            "unit", BUNDLE.getString("vocabulary.PARTY_COMMITTEE.unit"),
            "Unit", capitalised(BUNDLE.getString("vocabulary.PARTY_COMMITTEE.unit")),
            "office", BUNDLE.getString("vocabulary.PARTY_COMMITTEE.office"),
            "leadership", BUNDLE.getString("vocabulary.PARTY_COMMITTEE.leadership"),
            "authority", BUNDLE.getString("vocabulary.PARTY_COMMITTEE.authority"));

    private static volatile Supplier<Map<String, String>> currentWords = () -> PARTY_WORDS;
    private static volatile LongFunction<Map<String, String>> organisationWords = id -> PARTY_WORDS;

    private Messages() {}

    public static String get(String key, Object... args) {
        return format(key, KEYS_WITH_WORDS.contains(key) ? words(currentWords::get) : PARTY_WORDS, args);
    }

    /** The text in the words of the given organisation, for work done without a signed-in user (jobs). */
    public static String in(long organisationId, String key, Object... args) {
        return format(
                key,
                KEYS_WITH_WORDS.contains(key) ? words(() -> organisationWords.apply(organisationId)) : PARTY_WORDS,
                args);
    }

    /**
     * Where the words come from: the acting user's organisation, and any organisation by id. Each map holds the
     * keys unit, Unit, office, leadership and authority.
     */
    public static void speakWith(
            Supplier<Map<String, String>> current, LongFunction<Map<String, String>> ofOrganisation) {
        currentWords = current;
        organisationWords = ofOrganisation;
    }

    /** The word with a capital first letter: phòng, ban → Phòng, ban. */
    public static String capitalised(String word) {
        return word == null || word.isEmpty() ? word : word.substring(0, 1).toUpperCase(VIETNAMESE) + word.substring(1);
    }

    private static String format(String key, Map<String, String> words, Object... args) {
        String pattern;
        try {
            pattern = BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (KEYS_WITH_WORDS.contains(key)) {
            pattern = fill(pattern, words, args.length > 0);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, VIETNAMESE).format(args);
    }

    private static Map<String, String> words(Supplier<Map<String, String>> source) {
        try {
            Map<String, String> words = source.get();
            return words == null ? PARTY_WORDS : words;
        } catch (RuntimeException unavailable) {
            // a text must never fail for want of the organisation's words
            return PARTY_WORDS;
        }
    }

    private static String fill(String pattern, Map<String, String> words, boolean quoted) {
        Matcher m = WORD.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = words.getOrDefault(m.group(1), PARTY_WORDS.get(m.group(1)));
            if (quoted) {
                word = word.replace("'", "''").replace("{", "'{'").replace("}", "'}'");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(word));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Set<String> keysWithWords() {
        Set<String> keys = new HashSet<>();
        for (String key : Collections.list(BUNDLE.getKeys())) {
            if (WORD.matcher(BUNDLE.getString(key)).find()) {
                keys.add(key);
            }
        }
        return Set.copyOf(keys);
    }
}
