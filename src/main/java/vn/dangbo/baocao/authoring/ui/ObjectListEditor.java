package vn.dangbo.baocao.authoring.ui;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import vn.dangbo.baocao.authoring.Fields;
import vn.dangbo.baocao.authoring.OutlineNode;
import vn.dangbo.baocao.authoring.TemplateDocument;
import vn.dangbo.baocao.common.Messages;

/**
 * A list of objects of the template (an item's figures, rules, tables; a table's rows): a grid to pick one,
 * buttons to add, remove and reorder, and the picked one's fields below.
 */
class ObjectListEditor extends VerticalLayout {

    private final TemplateDocument document;
    private final OutlineNode owner;
    private final String field;
    private final String kind;
    private final List<FieldSpec> fields;
    private final String idPrefix;
    private final Map<String, String> owners;
    private final Runnable changed;
    final Grid<OutlineNode> grid = new Grid<>();
    private final Div form = new Div();
    private final Button remove = new Button(Messages.get("authoring.list.remove"));
    private final Button up = new Button(Messages.get("authoring.move.up"));
    private final Button down = new Button(Messages.get("authoring.move.down"));

    ObjectListEditor(
            TemplateDocument document,
            OutlineNode owner,
            String field,
            String kind,
            List<FieldSpec> fields,
            String idPrefix,
            Map<String, String> owners,
            Runnable changed) {
        this.document = document;
        this.owner = owner;
        this.field = field;
        this.kind = kind;
        this.fields = fields;
        this.idPrefix = idPrefix;
        this.owners = owners;
        this.changed = changed;
        setPadding(false);
        addClassName("editor-list");
        grid.setId(idPrefix + "-grid");
        fields.stream()
                .filter(f -> f.type() == FieldSpec.Type.TEXT || f.type() == FieldSpec.Type.CHOICE)
                .limit(4)
                .forEach(f -> grid.addColumn(n -> shown(n, f.name()))
                        .setHeader(PropertyForm.label(kind, f.name()))
                        .setAutoWidth(true)
                        .setFlexGrow(1));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));

        Button add = new Button(Messages.get("authoring.list.add." + field));
        add.setId(idPrefix + "-add");
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.addClickListener(e -> {
            OutlineNode added = Fields.INDICATOR.equals(kind)
                    ? document.addFigure(owner)
                    : document.addObject(owner, ownerKind(), field, blank());
            structure(added);
        });
        remove.setId(idPrefix + "-remove");
        up.setId(idPrefix + "-up");
        down.setId(idPrefix + "-down");
        for (Button b : List.of(remove, up, down)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> selected().ifPresent(n -> {
            document.remove(n);
            structure(null);
        }));
        up.addClickListener(e -> selected().ifPresent(n -> {
            if (document.move(n, -1)) {
                structure(n);
            }
        }));
        down.addClickListener(e -> selected().ifPresent(n -> {
            if (document.move(n, 1)) {
                structure(n);
            }
        }));
        HorizontalLayout tools = new HorizontalLayout(add, remove, up, down);
        tools.setWrap(true);
        form.setWidthFull();
        add(grid, tools, form);
        reload();
        show(null);
    }

    private java.util.Optional<OutlineNode> selected() {
        return grid.asSingleSelect().getOptionalValue();
    }

    private void reload() {
        grid.setItems(document.objects(owner, field));
    }

    private void structure(OutlineNode select) {
        reload();
        grid.asSingleSelect().setValue(select);
        show(select);
        changed.run();
    }

    private void show(OutlineNode node) {
        form.removeAll();
        remove.setEnabled(node != null);
        up.setEnabled(node != null);
        down.setEnabled(node != null);
        if (node != null) {
            form.add(new PropertyForm(document, node, kind, fields, idPrefix.replaceAll("s$", ""), owners, () -> {
                grid.getDataProvider().refreshItem(node);
                changed.run();
            }));
        }
    }

    private String ownerKind() {
        return switch (owner.kind()) {
            case ITEM -> Fields.ITEM;
            case OBJECT -> "columns".equals(field) ? Fields.UNIT_TABLE : Fields.TABLE;
            default -> Fields.SECTION;
        };
    }

    /** A new object that reads as one: a rule to be written, a table with one column and one row. */
    private ObjectNode blank() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        int n = document.objects(owner, field).size() + 1;
        switch (kind) {
            case Fields.RULE -> o.put("message", Messages.get("authoring.new.ruleMessage"));
            case Fields.TABLE -> {
                o.put("code", "bang_" + n);
                o.putArray("columns").add(Messages.get("authoring.new.column"));
                ObjectNode row = o.putArray("rows").addObject();
                row.put("label", Messages.get("authoring.new.row"));
                row.putArray("cells").addNull();
            }
            case Fields.UNIT_TABLE -> {
                o.put("code", "danh_sach_" + n);
                ObjectNode column = o.putArray("columns").addObject();
                column.put("key", "cot_1");
                column.put("label", Messages.get("authoring.new.column"));
                column.put("type", "text");
            }
            case Fields.ROW -> {
                o.put("label", Messages.get("authoring.new.row"));
                o.putArray("cells");
            }
            case Fields.COLUMN -> {
                o.put("key", "cot_" + n);
                o.put("label", Messages.get("authoring.new.column"));
            }
            default -> {}
        }
        return o;
    }

    private static String shown(OutlineNode node, String field) {
        return node.text(field);
    }
}
