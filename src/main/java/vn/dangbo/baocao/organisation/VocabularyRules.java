package vn.dangbo.baocao.organisation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.Violation;

/** The shape of an organisation's words: pure checks, each problem a Vietnamese message for one field. */
final class VocabularyRules {

    static final int MAX_POSITIONS = 10;
    static final int MAX_POSITION = 64;
    static final int MAX_AUTHORITY = 128;
    /** The authority words of a signature: on behalf of (T/M, TM.), deputy (KT.), by order (TL., TUQ.), acting (Q.). */
    private static final Pattern AUTHORITY = Pattern.compile("(T/M|TM\\.|KT\\.|TL\\.|TUQ\\.|Q\\.)\\s*\\S.*");
    // the words go into message patterns: braces and single quotes would change them
    private static final Pattern FORBIDDEN = Pattern.compile("[{}']");

    private VocabularyRules() {}

    /** The word as stored (stripped), or null with a problem. */
    static String word(String field, String value, int max, List<Violation> problems) {
        String word = value == null ? "" : value.strip();
        if (word.isEmpty() || word.length() > max || FORBIDDEN.matcher(word).find()) {
            problems.add(new Violation(field, Messages.get("error.vocabulary.word", max)));
            return null;
        }
        return word;
    }

    /** Upper case as printed: "tm. ủy ban nhân dân" is stored "TM. ỦY BAN NHÂN DÂN". */
    static String authority(String value, List<Violation> problems) {
        String authority = value == null ? "" : value.strip().toUpperCase(Messages.VIETNAMESE);
        if (!AUTHORITY.matcher(authority).matches()
                || authority.length() > MAX_AUTHORITY
                || FORBIDDEN.matcher(authority).find()) {
            problems.add(new Violation("authority", Messages.get("error.vocabulary.authority", MAX_AUTHORITY)));
            return null;
        }
        return authority;
    }

    /** Blank lines dropped, upper case as printed, 1–10 of them, none twice. */
    static List<String> positions(List<String> values, List<Violation> problems) {
        List<String> positions = new ArrayList<>();
        boolean bad = false;
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            String position = value == null ? "" : value.strip().toUpperCase(Messages.VIETNAMESE);
            if (position.isEmpty()) {
                continue;
            }
            bad |= position.length() > MAX_POSITION
                    || FORBIDDEN.matcher(position).find()
                    || !seen.add(position);
            positions.add(position);
        }
        if (bad || positions.isEmpty() || positions.size() > MAX_POSITIONS) {
            problems.add(new Violation(
                    "positions", Messages.get("error.vocabulary.positions", MAX_POSITIONS, MAX_POSITION)));
        }
        return positions;
    }
}
