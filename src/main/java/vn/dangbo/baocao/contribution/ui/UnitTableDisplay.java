package vn.dangbo.baocao.contribution.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import org.springframework.modulith.NamedInterface;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.ui.Ids;
import vn.dangbo.baocao.contribution.SectionView;

/** A unit table read-only: its title, a line per row with computed cells, and the total row in the footer. */
@NamedInterface("ui")
public class UnitTableDisplay extends Div {

    private record Line(int number, Map<String, String> values) {}

    public UnitTableDisplay(String itemCode, SectionView.UnitTableView table) {
        addClassName("unit-table");
        setId(Ids.of("unit-table-view", itemCode + "-" + table.code()));
        setWidthFull();
        if (!table.title().isBlank()) {
            Paragraph title = new Paragraph(table.title());
            title.addClassName("unit-table-title");
            add(title);
        }
        Grid<Line> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.setAriaLabel(table.title().isBlank() ? table.code() : table.title());
        Grid.Column<Line> number = grid.addColumn(Line::number)
                .setHeader(Messages.get("ui.unitTable.number"))
                .setWidth("4.5em")
                .setFlexGrow(0);
        FooterRow footer = grid.appendFooterRow();
        footer.getCell(number).setText(table.totalLabel());
        for (SectionView.IndicatorView column : table.columns()) {
            boolean text = "TEXT".equals(column.type()) || "DATE".equals(column.type());
            String unit = "PERCENT".equals(column.type()) ? null : column.unit();
            Grid.Column<Line> c = grid.addColumn(r -> r.values().getOrDefault(column.key(), ""))
                    .setHeader(unit == null || unit.isBlank() ? column.label() : column.label() + " (" + unit + ")")
                    .setWidth(text ? "14em" : "9em")
                    .setFlexGrow(text ? 2 : 1);
            if (!text) {
                c.setTextAlign(ColumnTextAlign.END);
            }
            footer.getCell(c).setText(table.total().getOrDefault(column.key(), ""));
        }
        List<Map<String, String>> rows = table.rows();
        grid.setItems(java.util.stream.IntStream.range(0, rows.size())
                .mapToObj(i -> new Line(i + 1, rows.get(i)))
                .toList());
        add(grid);
    }
}
