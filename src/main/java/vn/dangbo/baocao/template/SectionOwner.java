package vn.dangbo.baocao.template;

/** Who writes a section: the office, the unit bound to a role, or each participating unit. */
public record SectionOwner(Kind kind, String roleKey) {

    public enum Kind {
        OFFICE,
        ROLE,
        EACH
    }

    public static SectionOwner parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        if (t.equals("office")) {
            return new SectionOwner(Kind.OFFICE, null);
        }
        if (t.equals("each")) {
            return new SectionOwner(Kind.EACH, null);
        }
        if (t.startsWith("role:") && t.length() > 5) {
            return new SectionOwner(Kind.ROLE, t.substring(5));
        }
        throw new IllegalArgumentException(t);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case OFFICE -> "office";
            case EACH -> "each";
            case ROLE -> "role:" + roleKey;
        };
    }
}
