package vn.dangbo.baocao.template;

/** How the sections or items of one level are numbered in the document. */
public enum Numbering {
    /** A., B., C. */
    LETTER,
    /** I., II., III. */
    ROMAN,
    /** I-, II-, III- */
    ROMAN_DASH,
    /** 1., 2., 3. */
    ARABIC,
    /** 1.1., 1.2. (prefixed by the parent's number) */
    DECIMAL,
    /** a), b), c) */
    POINT,
    /** PHẦN 1., PHẦN 2. */
    PART,
    /** no number */
    NONE;

    /**
     * A literal style: {@code {n}} the arabic number, {@code {I}} roman, {@code {A}} and {@code {a}} letters
     * ("Mục {I}.", "Phụ lục {n}"). Null when the text has none of them.
     */
    public static Pattern pattern(String text) {
        if (text == null
                || !(text.contains("{n}") || text.contains("{I}") || text.contains("{A}") || text.contains("{a}"))) {
            return null;
        }
        return new Pattern(text);
    }

    /** A numbering written as a literal pattern. */
    public record Pattern(String text) {
        public String label(int index) {
            int n = index + 1;
            return text.replace("{n}", String.valueOf(n))
                    .replace("{I}", roman(n))
                    .replace("{A}", letter(n))
                    .replace("{a}", Character.toString('a' + index));
        }
    }

    /** The printed label of the sibling at {@code index} (0-based); {@code parentLabel} is used by DECIMAL. */
    public String label(int index, String parentLabel) {
        int n = index + 1;
        return switch (this) {
            case LETTER -> letter(n) + ".";
            case ROMAN -> roman(n) + ".";
            case ROMAN_DASH -> roman(n) + "-";
            case ARABIC -> n + ".";
            case DECIMAL -> (parentLabel == null ? "" : parentLabel) + n + ".";
            case POINT -> Character.toString('a' + index) + ")";
            case PART -> vn.dangbo.baocao.common.Messages.get("numbering.part", String.valueOf(n));
            case NONE -> "";
        };
    }

    private static String letter(int n) {
        return Character.toString('A' + n - 1);
    }

    static String roman(int n) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                out.append(symbols[i]);
                n -= values[i];
            }
        }
        return out.toString();
    }
}
