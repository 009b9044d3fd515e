package vn.dangbo.baocao.authoring.ui;

import static vn.dangbo.baocao.authoring.ui.FieldSpec.area;
import static vn.dangbo.baocao.authoring.ui.FieldSpec.choice;
import static vn.dangbo.baocao.authoring.ui.FieldSpec.flag;
import static vn.dangbo.baocao.authoring.ui.FieldSpec.lines;
import static vn.dangbo.baocao.authoring.ui.FieldSpec.list;
import static vn.dangbo.baocao.authoring.ui.FieldSpec.number;
import static vn.dangbo.baocao.authoring.ui.FieldSpec.owner;
import static vn.dangbo.baocao.authoring.ui.FieldSpec.text;

import java.util.ArrayList;
import java.util.List;
import vn.dangbo.baocao.authoring.Fields;

/** The fields the editor shows for each kind of object, in the order of docs/templates.md. */
final class Specs {

    private static final String[] NUMBERINGS = {
        "letter", "roman", "roman_dash", "arabic", "decimal", "point", "part", "none"
    };

    static final List<FieldSpec> TEMPLATE = List.of(
            text("id"),
            text("title"),
            area("description"),
            choice("documentType", true, "BC", "KH", "TB"),
            choice("format", false, "party-36", "state-30"),
            text("signature.authority"),
            text("signature.position"),
            lines("subject"),
            area("basis"),
            area("closing"),
            lines("recipients"),
            choice("numbering", true, NUMBERINGS));

    static final List<FieldSpec> SECTION = List.of(
            text("code"),
            area("heading"),
            text("label"),
            owner(),
            flag("unitNames", true),
            choice("numbering", true, NUMBERINGS),
            choice("childNumbering", true, NUMBERINGS),
            choice("itemNumbering", true, NUMBERINGS),
            flag("appendix", false),
            flag("required", false),
            area("guidance"));

    static final List<FieldSpec> ITEM = List.of(
            text("code"),
            text("heading"),
            text("label"),
            flag("numbered", false),
            flag("inline", false),
            flag("required", true),
            choice("figures", false, "list", "table", "inline", "hidden"),
            area("guidance"));

    static final List<FieldSpec> FIGURE = figure(false);

    static final List<FieldSpec> RULE = List.of(text("expression"), area("message"));

    static final List<FieldSpec> TABLE = List.of(
            text("code"),
            text("title"),
            text("rowHeader"),
            lines("columns"),
            list("rows", Fields.ROW, List.of(text("label"), lines("cells"))));

    static final List<FieldSpec> UNIT_TABLE = List.of(
            text("code"),
            text("title"),
            choice("merge", false, "rows", "totals"),
            text("unitHeader"),
            text("totalLabel"),
            list("columns", Fields.COLUMN, figure(true)));

    private Specs() {}

    private static List<FieldSpec> figure(boolean column) {
        List<FieldSpec> fields = new ArrayList<>(List.of(
                text("key"),
                text("label"),
                choice("type", false, "integer", "decimal", "money", "percent", "text", "date"),
                text("unit"),
                number("min"),
                number("max"),
                text("formula")));
        if (column) {
            fields.add(flag("sum", false));
        } else {
            fields.addAll(List.of(text("cumulativeOf"), text("cumulativeSince"), flag("carry", false)));
        }
        fields.addAll(List.of(number("decimals"), number("digits"), flag("hidden", false)));
        return List.copyOf(fields);
    }
}
