package vn.dangbo.baocao.authoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dangbo.baocao.authoring.Fields;
import vn.dangbo.baocao.authoring.OutlineNode;
import vn.dangbo.baocao.authoring.TemplateDocument;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.CurrentActor;
import vn.dangbo.baocao.identity.UnitKind;
import vn.dangbo.baocao.issuance.TemplateSample;
import vn.dangbo.baocao.issuance.ui.DocumentPreview;
import vn.dangbo.baocao.organisation.OrganisationRepository;
import vn.dangbo.baocao.template.TemplateCatalog;
import vn.dangbo.baocao.template.TemplateCatalog.StoredTemplate;
import vn.dangbo.baocao.template.TemplateProblem;

/**
 * A template edited on screen (docs/office.md, "Sửa mẫu trên màn hình"): the outline as a tree, the picked part's
 * fields, figures, rules and tables, the problems an upload would refuse, and an example report as it would print.
 * Saving stores a new version, exactly as uploading the YAML would.
 */
@Route("mau-bao-cao/sua/:key?")
@PageTitle("Sửa mẫu báo cáo")
@RolesAllowed({"OFFICE", "ADMIN"})
public class TemplateEditorView extends VerticalLayout implements BeforeEnterObserver {

    private static final List<String> PERIODS = List.of("MONTH", "QUARTER", "HALF_YEAR", "YEAR");

    private final TemplateCatalog catalog;
    private final Actor actor;
    private final Clock clock;
    private final Map<String, String> owners = new LinkedHashMap<>();
    private TemplateDocument document;
    private OutlineTree outline;
    private final Div properties = new Div();
    private final Div preview = new Div();
    private final Paragraph status = new Paragraph();
    final Grid<TemplateProblem> problems = new Grid<>();
    final Button save = new Button(Messages.get("authoring.save"));
    private final Select<String> period = new Select<>();
    private final H2 title = new H2();

    public TemplateEditorView(
            TemplateCatalog catalog, CurrentActor current, OrganisationRepository organisations, Clock clock) {
        this.catalog = catalog;
        this.actor = current.get();
        this.clock = clock;
        owners.put("office", Messages.get("authoring.owner.office"));
        owners.put("each", Messages.get("authoring.owner.each"));
        organisations.units(actor.organisationId()).stream()
                .filter(u -> u.kind() == UnitKind.CHI_BO)
                .forEach(u -> owners.put("role:" + u.code(), Messages.get("authoring.owner.role", u.name(), u.code())));
        addClassName("template-editor");
        setWidthFull();
        save.setId("editor-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        status.setId("editor-status");
        problems.setId("editor-problems");
        problems.addColumn(p -> p.path().isEmpty() ? "—" : p.path())
                .setHeader(Messages.get("ui.templates.problem.path"))
                .setAutoWidth(true);
        problems.addColumn(TemplateProblem::message)
                .setHeader(Messages.get("ui.templates.problem.message"))
                .setFlexGrow(1);
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.setAllRowsVisible(true);
        problems.setWidthFull();
        problems.addItemClickListener(
                e -> outline.select(document.at(e.getItem().path())));
        properties.setId("editor-properties");
        preview.setId("editor-preview");
        preview.getStyle().set("overflow-x", "auto"); // a wide table scrolls in its panel, not the page
        period.setId("preview-period");
        period.setLabel(Messages.get("authoring.preview.period"));
        period.setItems(PERIODS);
        period.setItemLabelGenerator(k -> Messages.get("authoring.preview.period." + k));
        period.setValue("MONTH");
        period.addValueChangeListener(e -> {
            if (document != null) {
                changed(null);
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String key = event.getRouteParameters().get("key").orElse(null);
        if (key == null) {
            open(TemplateDocument.blank(), Messages.get("authoring.title.new"));
            return;
        }
        StoredTemplate stored = catalog.latest(actor.organisationId(), key).orElse(null);
        if (stored == null) {
            Notification.show(Messages.get("authoring.notFound", key)).addThemeVariants(NotificationVariant.LUMO_ERROR);
            event.forwardTo("mau-bao-cao");
            return;
        }
        open(
                TemplateDocument.read(stored.source()),
                Messages.get("authoring.title.edit", stored.title(), stored.version()));
    }

    private void open(TemplateDocument document, String heading) {
        this.document = document;
        removeAll();
        title.setText(heading);
        Anchor back = new Anchor("mau-bao-cao", Messages.get("authoring.back"));
        back.setId("editor-back");
        HorizontalLayout head = new HorizontalLayout(save, back, status);
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        head.setWrap(true);
        outline = new OutlineTree(document, this::show, () -> changed(null));
        Div columns = new Div(
                panel("editor-outline", "authoring.panel.outline", outline),
                panel("editor-fields", "authoring.panel.fields", properties),
                panel("editor-sample", "authoring.panel.preview", new Div(period, preview)));
        columns.addClassName("editor-columns");
        // three columns side by side on a desk, one under the other on a phone: never sideways
        columns.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        columns.setWidthFull();
        add(title, head, problems, columns);
        show(document.root());
        changed(null);
    }

    private static Component panel(String id, String heading, Component content) {
        Div panel = new Div(new H3(Messages.get(heading)), content);
        panel.setId(id);
        panel.addClassName("editor-panel");
        panel.getStyle().set("flex", "1 1 22rem").set("min-width", "0").set("max-width", "100%");
        return panel;
    }

    /** The picked part's fields; an item's figures, rules and tables on tabs of their own. */
    private void show(OutlineNode node) {
        properties.removeAll();
        Runnable fieldChanged = () -> changed(node);
        switch (node.kind()) {
            case TEMPLATE ->
                properties.add(new PropertyForm(
                        document, node, Fields.ROOT, Specs.TEMPLATE, "template", owners, fieldChanged));
            case SECTION ->
                properties.add(new PropertyForm(
                        document, node, Fields.SECTION, Specs.SECTION, "section", owners, fieldChanged));
            case ITEM -> {
                TabSheet tabs = new TabSheet();
                tabs.setWidthFull();
                tabs.add(
                                Messages.get("authoring.tab.item"),
                                new PropertyForm(document, node, Fields.ITEM, Specs.ITEM, "item", owners, fieldChanged))
                        .setId("tab-item");
                tabs.add(
                                Messages.get("authoring.tab.figures"),
                                list(node, "indicators", Fields.INDICATOR, Specs.FIGURE, "figures"))
                        .setId("tab-figures");
                tabs.add(Messages.get("authoring.tab.rules"), list(node, "rules", Fields.RULE, Specs.RULE, "rules"))
                        .setId("tab-rules");
                tabs.add(
                                Messages.get("authoring.tab.tables"),
                                list(node, "tables", Fields.TABLE, Specs.TABLE, "tables"))
                        .setId("tab-tables");
                tabs.add(
                                Messages.get("authoring.tab.unitTables"),
                                list(node, "unitTables", Fields.UNIT_TABLE, Specs.UNIT_TABLE, "unitTables"))
                        .setId("tab-unitTables");
                properties.add(tabs);
            }
            default -> {}
        }
    }

    private Component list(OutlineNode item, String field, String kind, List<FieldSpec> fields, String id) {
        return new ObjectListEditor(document, item, field, kind, fields, id, owners, () -> changed(item));
    }

    /** After every change: the same check as an upload, the problems listed, the example redrawn. */
    private void changed(OutlineNode node) {
        if (node != null && node.kind() != OutlineNode.Kind.OBJECT) {
            outline.refresh(node);
        }
        TemplateDocument.Check check = document.check();
        problems.setItems(check.problems());
        problems.setVisible(!check.valid());
        save.setEnabled(check.valid());
        status.setText(
                check.valid()
                        ? Messages.get("authoring.status.valid")
                        : Messages.get(
                                "authoring.status.problems", check.problems().size()));
        if (check.valid()) {
            preview.removeAll();
            try {
                LocalDate today = Formats.today(clock);
                String kind = period.getValue();
                int number = switch (kind) {
                    case "MONTH" -> today.getMonthValue();
                    case "QUARTER" -> (today.getMonthValue() - 1) / 3 + 1;
                    case "HALF_YEAR" -> today.getMonthValue() <= 6 ? 1 : 2;
                    default -> 0;
                };
                preview.add(new DocumentPreview(TemplateSample.document(
                        check.template(), actor.organisation(), kind, today.getYear(), number)));
            } catch (RuntimeException e) {
                preview.add(new Paragraph(Messages.get("authoring.preview.failed", e.getMessage())));
            }
        } else if (preview.getChildren().findAny().isPresent()) {
            preview.getChildren()
                    .filter(c -> c.getElement().getClassList().contains("editor-stale"))
                    .findFirst()
                    .orElseGet(() -> {
                        Paragraph stale = new Paragraph(Messages.get("authoring.preview.stale"));
                        stale.addClassName("editor-stale");
                        preview.addComponentAsFirst(stale);
                        return stale;
                    });
        }
    }

    private void save() {
        try {
            StoredTemplate stored = catalog.upload(actor, document.yaml());
            Notification.show(Messages.get("ui.templates.uploaded", stored.key(), stored.version()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate("mau-bao-cao");
        } catch (AppException e) {
            List<TemplateProblem> found = e.violations().isEmpty()
                    ? List.of(new TemplateProblem("", e.getMessage()))
                    : e.violations().stream()
                            .map(v -> new TemplateProblem(v.field(), v.message()))
                            .toList();
            problems.setItems(found);
            problems.setVisible(true);
            status.setText(Messages.get("authoring.status.refused", found.size()));
        }
    }
}
