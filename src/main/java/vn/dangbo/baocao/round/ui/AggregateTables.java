package vn.dangbo.baocao.round.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
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
    }

    private static Span bold(Span span, RoundAggregate.Row row) {
        if (row.total()) {
            span.getStyle().set("font-weight", "700");
            span.addClassName("aggregate-total");
        }
        return span;
    }
}
