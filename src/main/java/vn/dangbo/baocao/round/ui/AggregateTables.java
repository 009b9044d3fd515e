package vn.dangbo.baocao.round.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.round.RoundAggregate;

/** Each summary table of the aggregate: a row per child, the total row in bold, numbers as "1.235,5". */
class AggregateTables extends Div {

    AggregateTables(RoundAggregate aggregate) {
        setId("round-aggregate");
        setWidthFull();
        int index = 0;
        for (RoundAggregate.Table table : aggregate.tables()) {
            add(new H4(table.title()));
            Grid<RoundAggregate.Row> grid = new Grid<>();
            grid.setId("aggregate-" + index++);
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.addComponentColumn(row -> bold(new Span(row.label()), row))
                    .setHeader(Messages.get("round.aggregate.rowHeader"))
                    .setFrozen(true)
                    .setAutoWidth(true)
                    .setFlexGrow(1);
            for (RoundAggregate.Column column : table.columns()) {
                grid.addComponentColumn(row -> bold(new Span(row.cell(column)), row))
                        .setHeader(column.label())
                        .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
                        .setAutoWidth(true);
            }
            grid.setItems(table.rows());
            grid.setAllRowsVisible(true);
            add(grid);
        }
        for (RoundAggregate.RowsTable table : aggregate.unitTables()) {
            add(new H4(table.title()));
            add(rows(table, index++));
        }
    }

    /** A unit table across the children: every line as shown, the total row (the last) in bold. */
    private static Grid<List<String>> rows(RoundAggregate.RowsTable table, int index) {
        Grid<List<String>> grid = new Grid<>();
        grid.setId("aggregate-" + index);
        grid.addClassName("aggregate-rows");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        List<String> last = table.rows().get(table.rows().size() - 1);
        for (int c = 0; c < table.header().size(); c++) {
            int column = c;
            var added = grid.addComponentColumn(line -> {
                        Span span = new Span(line.get(column));
                        if (line == last) {
                            span.getStyle().set("font-weight", "700");
                            span.addClassName("aggregate-total");
                        }
                        return span;
                    })
                    .setHeader(table.header().get(c))
                    .setAutoWidth(true);
            if (table.numeric().get(c)) {
                added.setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
            }
        }
        grid.setItems(table.rows());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Span bold(Span span, RoundAggregate.Row row) {
        if (row.total()) {
            span.getStyle().set("font-weight", "700");
            span.addClassName("aggregate-total");
        }
        return span;
    }
}
