package vn.dangbo.baocao.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import vn.dangbo.baocao.audit.AuditRow;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Messages;

/** The columns a timeline and the search share: who, for which unit, what, when, comment, version. */
final class AuditColumns {

    private AuditColumns() {}

    static void add(Grid<AuditRow> grid) {
        grid.addColumn(r -> Formats.dateTime(r.at()))
                .setHeader(Messages.get("audit.column.time"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.actorName() == null ? r.actor() : r.actorName() + " (" + r.actor() + ")")
                .setHeader(Messages.get("audit.column.actorName"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.unitName() == null ? nz(r.unitCode()) : r.unitName())
                .setHeader(Messages.get("audit.column.unitName"))
                .setAutoWidth(true);
        grid.addColumn(AuditRow::actionLabel)
                .setHeader(Messages.get("audit.column.action"))
                .setAutoWidth(true);
        grid.addColumn(r -> nz(r.detail()))
                .setHeader(Messages.get("audit.column.detail"))
                .setWidth("14em")
                .setFlexGrow(1)
                .setTooltipGenerator(r -> nz(r.detail()));
        grid.addComponentColumn(AuditColumns::version)
                .setHeader(Messages.get("audit.column.version"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText(Messages.get("audit.ui.empty"));
    }

    private static Component version(AuditRow row) {
        AuditRow.VersionLink link = row.version();
        if (link == null || row.reportId() == null) {
            return new Span();
        }
        int before = Math.max(1, link.version() - 1);
        String query = QueryParameters.simple(Map.of(
                        "unit", link.unitCode(), "a", Integer.toString(before), "b", Integer.toString(link.version())))
                .getQueryString();
        // contribution's version comparison, by its route: the audit module does not depend on contribution
        Anchor to = new Anchor(
                "bao-cao/" + row.reportId() + "/phien-ban/" + link.sectionCode() + "?" + query,
                Messages.get("audit.ui.versionLink", link.version()));
        return to;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
