package vn.dangbo.baocao.authoring.ui;

import java.util.List;

/**
 * One field of a kind of object as the editor shows it.
 *
 * @param name the YAML field; "signature.authority" is a field of the object under "signature"
 * @param options the values offered (CHOICE), any other may be typed where {@code custom}
 * @param flagDefault the value a FLAG has when the field is left out (then it is not written)
 * @param nestedKind for a LIST: the kind of its objects (see {@code Fields}) and their fields
 */
record FieldSpec(
        String name,
        Type type,
        List<String> options,
        boolean custom,
        boolean flagDefault,
        String nestedKind,
        List<FieldSpec> nested) {

    enum Type {
        TEXT,
        AREA,
        LINES,
        NUMBER,
        FLAG,
        CHOICE,
        OWNER,
        LIST
    }

    static FieldSpec text(String name) {
        return new FieldSpec(name, Type.TEXT, List.of(), false, false, null, List.of());
    }

    static FieldSpec area(String name) {
        return new FieldSpec(name, Type.AREA, List.of(), false, false, null, List.of());
    }

    static FieldSpec lines(String name) {
        return new FieldSpec(name, Type.LINES, List.of(), false, false, null, List.of());
    }

    static FieldSpec number(String name) {
        return new FieldSpec(name, Type.NUMBER, List.of(), false, false, null, List.of());
    }

    static FieldSpec flag(String name, boolean whenLeftOut) {
        return new FieldSpec(name, Type.FLAG, List.of(), false, whenLeftOut, null, List.of());
    }

    static FieldSpec choice(String name, boolean custom, String... options) {
        return new FieldSpec(name, Type.CHOICE, List.of(options), custom, false, null, List.of());
    }

    static FieldSpec owner() {
        return new FieldSpec("owner", Type.OWNER, List.of(), true, false, null, List.of());
    }

    static FieldSpec list(String name, String kind, List<FieldSpec> fields) {
        return new FieldSpec(name, Type.LIST, List.of(), false, false, kind, fields);
    }
}
