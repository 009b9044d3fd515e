package vn.dangbo.baocao.contribution.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.ui.Ids;
import vn.dangbo.baocao.contribution.SectionView;
import vn.dangbo.baocao.contribution.TableCheck;

/**
 * One table the unit fills: a row per dossier or project, added and removed by the unit, a text field per typed
 * cell (read like a figure: "1.200.000.000"), computed cells shown formatted, and the total row in the footer,
 * recomputed as the unit types. The grid scrolls sideways inside itself, never the page.
 */
class UnitTableEditor extends Div {

    /** What the editor reports to its section form. */
    interface Listener {
        /** The rows changed; {@code leave} when a field was left or a row removed (a moment to save). */
        void changed(boolean leave);

        /** The rows as typed, to check: each row as shown, the total row and the cells' problems. */
        TableCheck check(List<Map<String, String>> rows);
    }

    private final String itemCode;
    private final SectionView.UnitTableView table;
    private final Listener listener;
    private final Grid<Row> grid = new Grid<>();
    private final FooterRow footer;
    private final Map<String, Grid.Column<Row>> columns = new LinkedHashMap<>();
    private final List<Row> rows = new ArrayList<>();
    private final Button add;
    private boolean editable = true;
    private boolean loading;

    /** One line of the table: a field per typed column, a text per computed one. */
    private final class Row {
        final Map<String, TextField> inputs = new LinkedHashMap<>();
        final Map<String, Span> computed = new LinkedHashMap<>();
        final Button remove;

        Row(Map<String, String> shown) {
            for (SectionView.IndicatorView column : table.columns()) {
                if (column.computed()) {
                    Span value = new Span(shown.getOrDefault(column.key(), ""));
                    value.addClassName("computed");
                    computed.put(column.key(), value);
                    continue;
                }
                TextField field = new TextField();
                field.setManualValidation(true);
                field.setWidthFull();
                field.addClassName("table-cell");
                if (!"TEXT".equals(column.type()) && !"DATE".equals(column.type())) {
                    field.addThemeVariants(TextFieldVariant.LUMO_ALIGN_RIGHT);
                }
                field.setValue(typedValue(shown.getOrDefault(column.key(), "")));
                field.setReadOnly(!editable);
                field.setValueChangeMode(ValueChangeMode.LAZY);
                field.setValueChangeTimeout(SectionForm.FIGURE_PAUSE_MS);
                field.addValueChangeListener(e -> {
                    if (!loading) {
                        recheck();
                        listener.changed(false);
                    }
                });
                field.addBlurListener(e -> listener.changed(true));
                inputs.put(column.key(), field);
            }
            remove = new Button(VaadinIcon.TRASH.create(), e -> removeRow(this));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            remove.setTooltipText(Messages.get("ui.unitTable.removeRow"));
            remove.setVisible(editable);
        }

        Map<String, String> typed() {
            Map<String, String> values = new LinkedHashMap<>();
            inputs.forEach((key, field) -> {
                if (!field.getValue().isBlank()) {
                    values.put(key, field.getValue().strip());
                }
            });
            return values;
        }
    }

    UnitTableEditor(String itemCode, SectionView.UnitTableView table, Listener listener) {
        this.itemCode = itemCode;
        this.table = table;
        this.listener = listener;
        addClassName("unit-table");
        setId(Ids.of("unit-table", itemCode + "-" + table.code()));
        setWidthFull();
        if (!table.title().isBlank()) {
            Paragraph title = new Paragraph(table.title());
            title.addClassName("unit-table-title");
            add(title);
        }
        grid.setId(Ids.of("table", itemCode + "-" + table.code()));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.setEmptyStateText(Messages.get("ui.unitTable.empty"));
        grid.setAriaLabel(table.title().isBlank() ? table.code() : table.title());
        Grid.Column<Row> number = grid.addColumn(r -> rows.indexOf(r) + 1)
                .setHeader(Messages.get("ui.unitTable.number"))
                .setWidth("4.5em")
                .setFlexGrow(0);
        for (SectionView.IndicatorView column : table.columns()) {
            boolean text = "TEXT".equals(column.type()) || "DATE".equals(column.type());
            Grid.Column<Row> c = grid.addComponentColumn(
                            r -> column.computed() ? r.computed.get(column.key()) : r.inputs.get(column.key()))
                    .setHeader(header(column))
                    .setWidth(text ? "14em" : "9em")
                    .setFlexGrow(text ? 2 : 1)
                    .setResizable(true);
            if (!text) {
                c.setTextAlign(ColumnTextAlign.END);
            }
            columns.put(column.key(), c);
        }
        grid.addComponentColumn(r -> r.remove).setWidth("4em").setFlexGrow(0);
        footer = grid.appendFooterRow();
        footer.getCell(number).setText(table.totalLabel());
        add(grid);
        add = new Button(Messages.get("ui.unitTable.addRow"), VaadinIcon.PLUS.create(), e -> addRow());
        add.setId(Ids.of("add-row", itemCode + "-" + table.code()));
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(add);
        show(table.rows(), table.total());
    }

    private static String header(SectionView.IndicatorView column) {
        String unit = "PERCENT".equals(column.type()) ? "%" : column.unit();
        return unit == null || unit.isBlank() ? column.label() : column.label() + " (" + unit + ")";
    }

    /** A stored value shown for typing again: the "%" of a percentage is the column's, not the value's. */
    private static String typedValue(String shown) {
        return shown.endsWith("%") ? shown.substring(0, shown.length() - 1).strip() : shown;
    }

    String code() {
        return table.code();
    }

    /** Shows rows (as the server shows them) and their total, without counting it as a change. */
    void show(List<Map<String, String>> shown, Map<String, String> total) {
        loading = true;
        try {
            rows.clear();
            shown.forEach(r -> rows.add(new Row(r)));
            refresh();
            showTotal(total);
        } finally {
            loading = false;
        }
    }

    private void addRow() {
        Row row = new Row(Map.of());
        rows.add(row);
        refresh();
        row.inputs.values().stream().findFirst().ifPresent(TextField::focus);
        listener.changed(false);
    }

    private void removeRow(Row row) {
        rows.remove(row);
        refresh();
        recheck();
        listener.changed(true);
    }

    /** Gives the cells ids by their row number (stable for tests and labels), and redraws the grid. */
    private void refresh() {
        int n = 0;
        for (Row row : rows) {
            n++;
            for (SectionView.IndicatorView column : table.columns()) {
                String id = Ids.of("cell", itemCode + "-" + table.code() + "-" + n + "-" + column.key());
                String label = Messages.get("ui.unitTable.cellLabel", column.label(), n);
                if (column.computed()) {
                    row.computed.get(column.key()).setId(id);
                } else {
                    row.inputs.get(column.key()).setId(id);
                    row.inputs.get(column.key()).setAriaLabel(label);
                }
            }
            row.remove.setId(Ids.of("remove-row", itemCode + "-" + table.code() + "-" + n));
            row.remove.setAriaLabel(Messages.get("ui.unitTable.removeRowN", n));
        }
        grid.setItems(rows);
    }

    /** Asks the server for the computed cells and the total of what is typed now, and marks unreadable cells. */
    private void recheck() {
        TableCheck check = listener.check(typedRows());
        if (check == null) {
            return;
        }
        for (int i = 0; i < rows.size() && i < check.rows().size(); i++) {
            Row row = rows.get(i);
            Map<String, String> shown = check.rows().get(i);
            row.computed.forEach((key, span) -> span.setText(shown.getOrDefault(key, "")));
        }
        showTotal(check.total());
        clearMarks();
        check.problems().forEach(p -> mark(p.row(), p.key(), p.message()));
    }

    private void showTotal(Map<String, String> total) {
        columns.forEach((key, column) -> footer.getCell(column).setText(total.getOrDefault(key, "")));
    }

    private List<Map<String, String>> typedRows() {
        return rows.stream().map(Row::typed).toList();
    }

    /**
     * The rows as the service takes them, empty ones included so that "dòng 2" in a message is the second row on
     * screen; the save drops the rows with nothing typed.
     */
    List<Map<String, String>> rows() {
        return typedRows();
    }

    void clearMarks() {
        rows.forEach(r -> r.inputs.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        }));
    }

    /** Marks the cells a problem names (its row as on screen); false when there is no such cell. */
    boolean mark(int row, String keys, String message) {
        if (row < 1 || row > rows.size()) {
            return false;
        }
        boolean found = false;
        for (String key : keys.split(",")) {
            TextField field = rows.get(row - 1).inputs.get(key.strip());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
                found = true;
            }
        }
        return found;
    }

    void setEditable(boolean editable) {
        this.editable = editable;
        rows.forEach(r -> {
            r.inputs.values().forEach(f -> f.setReadOnly(!editable));
            r.remove.setVisible(editable);
        });
        add.setVisible(editable);
    }
}
