package vn.dangbo.baocao.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import java.util.List;
import java.util.function.Consumer;
import vn.dangbo.baocao.authoring.OutlineNode;
import vn.dangbo.baocao.authoring.TemplateDocument;
import vn.dangbo.baocao.common.Messages;

/**
 * The outline as a tree: the template, its sections, their items and child sections. Adds, removes and moves
 * parts; picking one shows its fields.
 */
class OutlineTree extends VerticalLayout {

    private final TemplateDocument document;
    private final Runnable changed;
    final TreeGrid<OutlineNode> tree = new TreeGrid<>();
    private final Button addSubsection = button("outline-add-subsection", "authoring.outline.addSubsection");
    private final Button addItem = button("outline-add-item", "authoring.outline.addItem");
    private final Button remove = button("outline-remove", "authoring.outline.remove");
    private final Button up = button("outline-up", "authoring.move.up");
    private final Button down = button("outline-down", "authoring.move.down");

    OutlineTree(TemplateDocument document, Consumer<OutlineNode> picked, Runnable changed) {
        this.document = document;
        this.changed = changed;
        setPadding(false);
        tree.setId("outline-tree");
        tree.addHierarchyColumn(OutlineTree::heading)
                .setHeader(Messages.get("authoring.outline.heading"))
                .setFlexGrow(1);
        tree.addColumn(n -> n.text(n.kind() == OutlineNode.Kind.TEMPLATE ? "id" : "code"))
                .setHeader(Messages.get("authoring.field.code"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        tree.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        tree.setAllRowsVisible(true);
        tree.setWidthFull();
        tree.asSingleSelect().addValueChangeListener(e -> {
            enable(e.getValue());
            picked.accept(e.getValue() == null ? document.root() : e.getValue());
        });

        Button addSection = button("outline-add-section", "authoring.outline.addSection");
        addSection.addClickListener(e -> {
            OutlineNode at = selected();
            OutlineNode parent = at.kind() == OutlineNode.Kind.SECTION ? at.parent() : document.root();
            if (at.kind() == OutlineNode.Kind.ITEM) {
                parent = at.parent().parent();
            }
            structure(document.addSection(parent));
        });
        addSubsection.addClickListener(e -> structure(document.addSection(selected())));
        addItem.addClickListener(e -> structure(document.addItem(selected())));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> {
            OutlineNode at = selected();
            OutlineNode parent = at.parent();
            document.remove(at);
            structure(parent);
        });
        up.addClickListener(e -> move(-1));
        down.addClickListener(e -> move(1));
        HorizontalLayout tools = new HorizontalLayout(addSection, addSubsection, addItem, remove, up, down);
        tools.setWrap(true);
        add(tools, tree);
        reload();
        tree.select(document.root());
    }

    private static Button button(String id, String text) {
        Button b = new Button(Messages.get(text));
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return b;
    }

    OutlineNode selected() {
        return tree.asSingleSelect().getOptionalValue().orElse(document.root());
    }

    /** Shows a part (a problem's place): its parents opened, the part picked. */
    void select(OutlineNode node) {
        for (OutlineNode p = node.parent(); p != null; p = p.parent()) {
            tree.expand(p);
        }
        tree.select(node);
    }

    /** The picked part's heading or code changed: its row again. */
    void refresh(OutlineNode node) {
        tree.getDataProvider().refreshItem(node);
    }

    private void move(int by) {
        OutlineNode at = selected();
        if (document.move(at, by)) {
            structure(at);
        }
    }

    private void structure(OutlineNode select) {
        reload();
        select(select == null ? document.root() : select);
        changed.run();
    }

    private void reload() {
        TreeData<OutlineNode> data = new TreeData<>();
        data.addItem(null, document.root());
        add(data, document.root());
        tree.setTreeData(data);
        tree.expandRecursively(List.of(document.root()), 20);
    }

    private void add(TreeData<OutlineNode> data, OutlineNode parent) {
        for (OutlineNode child : document.children(parent)) {
            data.addItem(parent, child);
            add(data, child);
        }
    }

    private void enable(OutlineNode node) {
        OutlineNode.Kind kind = node == null ? OutlineNode.Kind.TEMPLATE : node.kind();
        addSubsection.setEnabled(kind == OutlineNode.Kind.SECTION);
        addItem.setEnabled(kind == OutlineNode.Kind.SECTION || kind == OutlineNode.Kind.ITEM);
        remove.setEnabled(kind != OutlineNode.Kind.TEMPLATE);
        up.setEnabled(kind != OutlineNode.Kind.TEMPLATE);
        down.setEnabled(kind != OutlineNode.Kind.TEMPLATE);
    }

    /** What a reader recognises a part by: its heading's first line, or its guidance's for an item without one. */
    static String heading(OutlineNode node) {
        String text = switch (node.kind()) {
            case TEMPLATE -> node.text("title");
            case ITEM -> node.text("heading").isBlank() ? node.text("guidance") : node.text("heading");
            default -> node.text("heading");
        };
        String first = text.lines().findFirst().orElse("").strip();
        if (first.isEmpty()) {
            return Messages.get("authoring.outline.untitled");
        }
        return first.length() > 80 ? first.substring(0, 79) + "…" : first;
    }
}
