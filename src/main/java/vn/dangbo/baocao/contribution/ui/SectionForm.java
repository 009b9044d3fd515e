package vn.dangbo.baocao.contribution.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.springframework.modulith.NamedInterface;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.Violation;
import vn.dangbo.baocao.common.ui.Ids;
import vn.dangbo.baocao.common.ui.TextBlocks;
import vn.dangbo.baocao.contribution.SectionItem;
import vn.dangbo.baocao.contribution.SectionView;
import vn.dangbo.baocao.contribution.TableCheck;
import vn.dangbo.baocao.template.CheckResult;
import vn.dangbo.baocao.template.FieldError;

/**
 * The editor of one section: per item its heading, guidance, text and figures. It remembers the version it
 * was loaded with, so that saving over someone else's newer version is refused rather than lost.
 * With {@link #checkWith} the computed figures follow the typing and broken rules show next to their fields;
 * with {@link #autosaveWith} the section saves itself when typing pauses and when a field is left. An item's
 * unit tables are edited in place ({@link UnitTableEditor}) and saved with the section.
 */
@NamedInterface("ui")
public class SectionForm extends Div {

    /** Text is sent after this pause in typing; figures are checked sooner. */
    static final int TEXT_PAUSE_MS = 2000;

    static final int FIGURE_PAUSE_MS = 400;

    private final SectionView section;
    private final Map<String, TextArea> texts = new LinkedHashMap<>();
    private final Map<String, Map<String, TextField>> figures = new LinkedHashMap<>();
    private final Map<String, Map<String, TextField>> computed = new LinkedHashMap<>();
    private final Map<String, SectionView.ItemView> itemViews = new LinkedHashMap<>();
    private final Map<String, Div> itemBoxes = new LinkedHashMap<>();
    private final Map<String, List<UnitTableEditor>> tables = new LinkedHashMap<>();
    private TableChecker tableChecker;
    private BiFunction<String, Map<String, String>, CheckResult> checker;
    private Runnable autosave;
    private int version;
    private boolean dirty;
    /** Autosaved as a draft since the last version: an explicit save or the submission makes it a version. */
    private boolean draft;

    private boolean loading;
    /** The figure being typed in: its value arrives while typing, and is saved once the field is left. */
    private TextField focused;

    public SectionForm(SectionView section) {
        this.section = section;
        this.version = section.version();
        this.draft = section.draft();
        addClassName("section-form");
        setId(Ids.of("section", section.code()));
        add(new H3(section.heading()));
        section.items().forEach(this::addItem);
    }

    /** Checks an item's figures on the server as they are typed: (item code, raw values) to the result. */
    public void checkWith(BiFunction<String, Map<String, String>, CheckResult> checker) {
        this.checker = checker;
        figures.values()
                .forEach(m -> m.values().forEach(f -> {
                    f.setValueChangeMode(ValueChangeMode.LAZY);
                    f.setValueChangeTimeout(FIGURE_PAUSE_MS);
                }));
        figures.forEach((code, inputs) -> {
            if (inputs.values().stream().anyMatch(f -> !f.getValue().isBlank())) {
                check(code);
            }
        });
    }

    /** Checks a unit table's rows on the server as they are typed: the computed cells and the total row. */
    @FunctionalInterface
    public interface TableChecker {
        TableCheck check(String itemCode, String tableCode, List<Map<String, String>> rows);
    }

    /** Checks the rows of the items' unit tables as they are typed (computed cells, total row, unreadable cells). */
    public void checkTablesWith(TableChecker checker) {
        this.tableChecker = checker;
    }

    /** Saves (the caller checks {@link #dirty()}) after a pause in typing and when a field loses focus. */
    public void autosaveWith(Runnable save) {
        this.autosave = save;
        texts.values().forEach(t -> {
            t.setValueChangeMode(ValueChangeMode.LAZY);
            t.setValueChangeTimeout(TEXT_PAUSE_MS);
            t.addBlurListener(e -> save.run());
        });
        figures.values()
                .forEach(m -> m.values().forEach(f -> {
                    f.addFocusListener(e -> focused = f);
                    f.addBlurListener(e -> {
                        focused = null;
                        save.run();
                    });
                }));
    }

    private void addItem(SectionView.ItemView item) {
        itemViews.put(item.code(), item);
        Div box = new Div();
        itemBoxes.put(item.code(), box);
        box.addClassName("section-item");
        if (!item.heading().isBlank()) {
            box.add(new H4(item.heading()));
        }
        if (item.guidance() != null && !item.guidance().isBlank()) {
            Div guidance = new Div();
            guidance.addClassName("guidance");
            TextBlocks.of(item.guidance()).forEach(guidance::add);
            box.add(new Details(Messages.get("ui.section.guidance"), guidance));
        }
        TextArea text = new TextArea();
        text.setManualValidation(true);
        text.setId(Ids.of("item", item.code()));
        text.setWidthFull();
        text.setMinHeight("7em");
        text.setValue(item.text());
        text.setRequiredIndicatorVisible(item.required());
        text.setAriaLabel(item.heading().isBlank() ? section.heading() : item.heading());
        text.setHelperText(Messages.get("ui.section.textHelp"));
        text.addValueChangeListener(e -> changed(true));
        texts.put(item.code(), text);
        box.add(text);
        if (!item.indicatorDefinitions().isEmpty()) {
            box.add(figures(item));
        }
        List<UnitTableEditor> editors = new ArrayList<>();
        for (SectionView.UnitTableView table : item.unitTables()) {
            UnitTableEditor editor = new UnitTableEditor(item.code(), table, new UnitTableEditor.Listener() {
                @Override
                public void changed(boolean leave) {
                    SectionForm.this.changed(leave);
                }

                @Override
                public TableCheck check(List<Map<String, String>> rows) {
                    return tableChecker == null ? null : tableChecker.check(item.code(), table.code(), rows);
                }
            });
            editors.add(editor);
            box.add(editor);
        }
        tables.put(item.code(), editors);
        add(box);
    }

    /** Text saves after its pause; a figure is saved when its field is left, not on every digit. */
    private void changed(boolean save) {
        if (loading) {
            return;
        }
        dirty = true;
        if (save && autosave != null) {
            autosave.run();
        }
    }

    private FormLayout figures(SectionView.ItemView item) {
        FormLayout form = new FormLayout();
        form.addClassName("figures");
        form.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("70em", 3));
        Map<String, TextField> inputs = new LinkedHashMap<>();
        Map<String, TextField> derived = new LinkedHashMap<>();
        for (SectionView.IndicatorView indicator : item.indicatorDefinitions()) {
            TextField field = new TextField(indicator.label());
            field.setManualValidation(true);
            field.setId(Ids.of("figure", item.code() + "-" + indicator.key()));
            field.addClassName("figure");
            String unit = "PERCENT".equals(indicator.type()) ? "%" : indicator.unit();
            if (unit != null && !unit.isBlank()) {
                field.setSuffixComponent(new Span(unit));
            }
            field.setValue(shown(indicator, item.display().get(indicator.key())));
            if (indicator.computed()) {
                field.setReadOnly(true);
                // worked out from other figures: read by screen readers with the form, never a Tab stop
                field.setTabIndex(-1);
                field.addClassName("computed");
                field.setHelperText(Messages.get("ui.section.computed"));
                derived.put(indicator.key(), field);
            } else {
                field.addValueChangeListener(e -> {
                    if (!loading) {
                        check(item.code());
                    }
                    changed(focused != field);
                });
                inputs.put(indicator.key(), field);
            }
            form.add(field);
        }
        figures.put(item.code(), inputs);
        computed.put(item.code(), derived);
        return form;
    }

    /** The value as the field shows it: the suffix already says "%"; "—" of an empty computed value stays. */
    private static String shown(SectionView.IndicatorView indicator, String display) {
        String value = display == null ? "" : display;
        if ("PERCENT".equals(indicator.type()) && value.endsWith("%")) {
            value = value.substring(0, value.length() - 1).strip();
        }
        return value;
    }

    /** Asks the server for the item's computed values and problems, and shows them. */
    private void check(String itemCode) {
        if (checker == null) {
            return;
        }
        Map<String, String> raw = new LinkedHashMap<>();
        figures.get(itemCode).forEach((key, field) -> raw.put(key, field.getValue()));
        CheckResult result = checker.apply(itemCode, raw);
        SectionView.ItemView item = itemViews.get(itemCode);
        computed.get(itemCode)
                .forEach((key, field) -> item.indicatorDefinitions().stream()
                        .filter(d -> d.key().equals(key))
                        .findFirst()
                        .ifPresent(d -> field.setValue(shown(d, result.display().get(key)))));
        clearFigures(itemCode);
        List<FieldError> all = new ArrayList<>(result.errors());
        all.addAll(result.broken());
        all.forEach(e -> markFigures(itemCode, e.field(), e.message()));
    }

    private void clearFigures(String itemCode) {
        figures.getOrDefault(itemCode, Map.of()).values().forEach(f -> invalid(f, null));
        computed.getOrDefault(itemCode, Map.of()).values().forEach(f -> invalid(f, null));
    }

    private void markFigures(String itemCode, String keys, String message) {
        for (String key : keys.split(",")) {
            TextField field = figures.getOrDefault(itemCode, Map.of()).get(key.strip());
            if (field == null) {
                field = computed.getOrDefault(itemCode, Map.of()).get(key.strip());
            }
            if (field != null) {
                invalid(field, field.isInvalid() ? field.getErrorMessage() + " " + message : message);
            }
        }
    }

    private static void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(message != null);
    }

    /**
     * Marks the fields a list of problems names ("section/item", "section/item/keys" or "item/keys"), and
     * clears the marks of the others.
     */
    public void showProblems(List<Violation> problems) {
        texts.forEach((code, area) -> {
            invalid(area, null);
            clearFigures(code);
        });
        tables.values().forEach(list -> list.forEach(UnitTableEditor::clearMarks));
        for (Violation v : problems) {
            if (markTableCell(v)) {
                continue;
            }
            String[] parts = v.field() == null ? new String[0] : v.field().split("/");
            String item;
            String keys = null;
            if (parts.length >= 3) {
                if (!parts[0].equals(section.code())) {
                    continue;
                }
                item = parts[1];
                keys = parts[2];
            } else if (parts.length == 2 && texts.containsKey(parts[0]) && !parts[0].equals(section.code())) {
                item = parts[0];
                keys = parts[1];
            } else if (parts.length == 2 && parts[0].equals(section.code())) {
                item = parts[1];
            } else {
                continue;
            }
            if (!texts.containsKey(item)) {
                continue;
            }
            if (keys == null) {
                invalid(texts.get(item), v.message());
            } else {
                markFigures(item, keys, v.message());
            }
        }
    }

    private static final java.util.regex.Pattern TABLE_CELL =
            java.util.regex.Pattern.compile("(?:.*/)?([^/]+)/([^/\\[]+)\\[(\\d+)]/([^/]+)");

    /** A problem of a unit table's cell ("C.I.1/projects[2]/budget"): marked on the cell. */
    private boolean markTableCell(Violation v) {
        if (v.field() == null) {
            return false;
        }
        java.util.regex.Matcher m = TABLE_CELL.matcher(v.field());
        if (!m.matches()) {
            return false;
        }
        return tables.getOrDefault(m.group(1), List.of()).stream()
                .filter(t -> t.code().equals(m.group(2)))
                .anyMatch(t -> t.mark(Integer.parseInt(m.group(3)), m.group(4), v.message()));
    }

    /** Puts a component (a comment about the item) right under an item's heading; false without that item. */
    public boolean addAtItem(String itemCode, com.vaadin.flow.component.Component component) {
        Div box = itemBoxes.get(itemCode);
        if (box == null) {
            return false;
        }
        SectionView.ItemView item = itemViews.get(itemCode);
        box.addComponentAtIndex(item.heading().isBlank() ? 0 : 1, component);
        return true;
    }

    /** Puts a component (the comparison with the submitted version) right under the section's heading. */
    public void addUnderHeading(com.vaadin.flow.component.Component component) {
        addComponentAtIndex(1, component);
    }

    /** After a save: clears the marks of texts now written and checks the figures again. */
    public void recheck() {
        texts.forEach((code, area) -> {
            if (!area.getValue().isBlank()) {
                invalid(area, null);
            }
        });
        figures.forEach((code, inputs) -> {
            if (checker == null) {
                clearFigures(code);
            } else {
                check(code);
            }
        });
    }

    /** Shows the newest content from the server (after someone else saved), without saving it again. */
    public void reload(SectionView fresh) {
        loading = true;
        try {
            for (SectionView.ItemView item : fresh.items()) {
                TextArea area = texts.get(item.code());
                if (area != null) {
                    area.setValue(item.text());
                }
                for (SectionView.IndicatorView d : item.indicatorDefinitions()) {
                    TextField field =
                            figures.getOrDefault(item.code(), Map.of()).get(d.key());
                    if (field == null) {
                        field = computed.getOrDefault(item.code(), Map.of()).get(d.key());
                    }
                    if (field != null) {
                        field.setValue(shown(d, item.display().get(d.key())));
                    }
                }
                for (SectionView.UnitTableView table : item.unitTables()) {
                    tables.getOrDefault(item.code(), List.of()).stream()
                            .filter(t -> t.code().equals(table.code()))
                            .forEach(t -> t.show(table.rows(), table.total()));
                }
            }
        } finally {
            loading = false;
        }
        version = fresh.version();
        dirty = false;
        draft = fresh.draft();
    }

    /** Read-only once the part may no longer change. */
    public void setEditable(boolean editable) {
        texts.values().forEach(t -> t.setReadOnly(!editable));
        figures.values().forEach(m -> m.values().forEach(f -> f.setReadOnly(!editable)));
        tables.values().forEach(list -> list.forEach(t -> t.setEditable(editable)));
    }

    /** What the user wrote, as the service takes it. */
    public List<SectionItem> items() {
        List<SectionItem> out = new ArrayList<>();
        texts.forEach((code, area) -> {
            Map<String, String> values = new LinkedHashMap<>();
            figures.getOrDefault(code, Map.of()).forEach((key, field) -> {
                if (!field.getValue().isBlank()) {
                    values.put(key, field.getValue().strip());
                }
            });
            Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
            tables.getOrDefault(code, List.of()).forEach(t -> rows.put(t.code(), t.rows()));
            out.add(new SectionItem(code, area.getValue(), values, rows));
        });
        return out;
    }

    public SectionView section() {
        return section;
    }

    public int version() {
        return version;
    }

    public boolean dirty() {
        return dirty;
    }

    /** Marks the form as saved under a new version. */
    public void saved(int newVersion) {
        version = newVersion;
        dirty = false;
        draft = false;
    }

    /** Marks the form as autosaved in its draft row, still over the same version. */
    public void draftSaved() {
        dirty = false;
        draft = true;
    }

    /** Changed since its version: typed and not yet autosaved, or autosaved as a draft only. */
    public boolean unsavedVersion() {
        return dirty || draft;
    }
}
