package vn.dangbo.baocao.signing;

/**
 * Where a visible signature goes: next to the first ({@link Anchor#FIRST}) or last occurrence of a
 * text in the PDF, e.g. the document number on the first page or the signer's name in the block.
 */
public record Placement(String anchorText, Anchor anchor, Position position, float width, float height) {

    public enum Anchor {
        FIRST,
        LAST
    }

    /** OVER: centred on the text; ABOVE: centred above it, its lower edge on the text's top. */
    public enum Position {
        OVER,
        ABOVE
    }

    /** The organisation's signature, top left over the number (Nghị định 30/2020, Phụ lục I). */
    public static Placement overNumber(String number) {
        return new Placement(number, Anchor.FIRST, Position.OVER, 190, 52);
    }

    /** The signer's signature, over the name in the signature block. */
    public static Placement aboveName(String name) {
        return new Placement(name, Anchor.LAST, Position.ABOVE, 190, 52);
    }
}
