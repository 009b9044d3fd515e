package vn.dangbo.baocao.authoring;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One object of the template document being edited (the template, a section, an item, a figure, a rule, a
 * table, a row, a column), with the object holding it. Equal only to itself: two figures that read the same are
 * still two rows of a grid.
 */
public final class OutlineNode {

    public enum Kind {
        TEMPLATE,
        SECTION,
        ITEM,
        OBJECT
    }

    private final Kind kind;
    private final ObjectNode json;
    private final OutlineNode parent;
    private final String field;

    OutlineNode(Kind kind, ObjectNode json, OutlineNode parent, String field) {
        this.kind = kind;
        this.json = json;
        this.parent = parent;
        this.field = field;
    }

    public Kind kind() {
        return kind;
    }

    public ObjectNode json() {
        return json;
    }

    public OutlineNode parent() {
        return parent;
    }

    /** The list field of the parent holding this object ("sections", "items", "indicators"); null for the root. */
    public String field() {
        return field;
    }

    /** A text field of the object, or "" when absent. */
    public String text(String field) {
        return json.hasNonNull(field) ? json.get(field).asText() : "";
    }
}
