package vn.dangbo.baocao.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dangbo.baocao.audit.AuditRow;
import vn.dangbo.baocao.audit.ReportVisibility;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.identity.Actor;

/**
 * What an entry is about, as a reader names it: the report's title and period (a link to the report) and, for a
 * section, "Mục C.I.1" with the unit's name instead of the stored target "section:C.I.1/ubnd@3".
 */
final class ReportColumn {

    private static final Pattern SECTION = Pattern.compile("section:([^/]+)/([^@]+)(@\\d+)?");

    private final ReportVisibility reports;
    private final Actor actor;
    private final Map<Long, String> known = new HashMap<>();

    ReportColumn(ReportVisibility reports, Actor actor) {
        this.reports = reports;
        this.actor = actor;
    }

    void addTo(Grid<AuditRow> grid) {
        grid.addComponentColumn(this::cell)
                .setHeader(Messages.get("audit.column.report"))
                .setWidth("18em")
                .setFlexGrow(2)
                .setKey("report");
    }

    /** Reads the reports of one page once (a few distinct ids per page). */
    void load(Collection<AuditRow> rows) {
        rows.stream()
                .map(AuditRow::reportId)
                .filter(Objects::nonNull)
                .distinct()
                .filter(id -> !known.containsKey(id))
                // a report the admin may not open: the entry keeps its number only
                .forEach(id -> reports.name(actor, id).ifPresent(name -> known.put(id, name)));
    }

    private Component cell(AuditRow row) {
        Div cell = new Div();
        cell.addClassName("audit-report");
        if (row.reportId() != null) {
            String name = known.getOrDefault(row.reportId(), Messages.get("audit.ui.reportNumber", row.reportId()));
            Anchor link = new Anchor("bao-cao/" + row.reportId(), name);
            link.setId("audit-report-" + row.seq());
            cell.add(link);
        }
        String target = target(row);
        if (!target.isEmpty()) {
            Span what = new Span(target);
            what.addClassName("meta");
            cell.add(new Div(what));
        }
        return cell;
    }

    static String target(AuditRow row) {
        if (row.target() == null) {
            return "";
        }
        Matcher m = SECTION.matcher(row.target());
        if (m.matches()) {
            String unit = row.unitName() != null && Objects.equals(row.unitCode(), m.group(2)) ? row.unitName() : null;
            return unit == null
                    ? Messages.get("audit.ui.targetSection", m.group(1))
                    : Messages.get("audit.ui.targetSectionOf", m.group(1), unit);
        }
        // report:, unit: and user: targets are already named by the report link and the unit and user columns
        return row.target().matches("(report|unit|user):.*") ? "" : row.target();
    }
}
