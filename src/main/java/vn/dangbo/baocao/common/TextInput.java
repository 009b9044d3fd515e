package vn.dangbo.baocao.common;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Free text as users send it, made comparable: Unicode NFC (so a Vietnamese letter counts as one character
 * whether it arrived composed or as a base letter and combining marks), line breaks unified to "\n" (Word's
 * U+000B vertical tab, form feed, \r\n, U+2028/U+2029 included), tabs to spaces. What stays and cannot be printed
 * (other control characters, U+0000, unpaired surrogates, noncharacters) is refused with a Vietnamese message.
 */
public final class TextInput {

    private static final Pattern LINE_BREAKS = Pattern.compile("\r\n|[\r\u000B\u000C\u0085\u2028\u2029]");

    private TextInput() {}

    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String unified = LINE_BREAKS.matcher(text).replaceAll("\n").replace('\t', ' ');
        return Normalizer.normalize(unified, Normalizer.Form.NFC);
    }

    /** The first character that cannot be printed, or -1. Line breaks are allowed only where {@code multiline}. */
    public static int unprintable(String text, boolean multiline) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean lineBreak = c == '\n' && multiline;
            if (!lineBreak
                    && (Character.isISOControl(c)
                            || Character.isSurrogate((char) c)
                            || (c & 0xFFFE) == 0xFFFE
                            || (c >= 0xFDD0 && c <= 0xFDEF))) {
                return c;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /**
     * Normalises one field and checks it: printable, at most {@code max} characters after normalisation. Problems
     * go to {@code problems} under {@code field}, labelled in Vietnamese; returns the normalised, stripped text.
     */
    public static String check(
            String field, String label, String text, int max, boolean multiline, List<Violation> problems) {
        String normalized = normalize(text);
        if (normalized == null) {
            return null;
        }
        int bad = unprintable(normalized, multiline);
        if (bad >= 0) {
            problems.add(new Violation(field, Messages.get("error.text.control", label, String.format("U+%04X", bad))));
        } else if (normalized.strip().length() > max) {
            problems.add(new Violation(field, Messages.get("error.text.tooLong", label, max)));
        }
        return normalized.strip();
    }
}
