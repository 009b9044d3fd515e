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
    /** no number */
    NONE;

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
