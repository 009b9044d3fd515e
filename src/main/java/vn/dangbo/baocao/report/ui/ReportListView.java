package vn.dangbo.baocao.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.CurrentActor;
import vn.dangbo.baocao.identity.Role;
import vn.dangbo.baocao.report.ReportService;
import vn.dangbo.baocao.report.ReportStatus;
import vn.dangbo.baocao.report.ReportView;
import vn.dangbo.baocao.report.StatusLabels;

@Route("bao-cao")
@PageTitle("Danh sách báo cáo")
@Menu(title = "Danh sách báo cáo", order = 10)
@PermitAll
class ReportListView extends VerticalLayout {

    ReportListView(ReportService reports, CurrentActor current, Clock clock) {
        Actor actor = current.get();
        add(new H2(Messages.get("ui.reports.title")));
        if (actor.has(Role.OFFICE)) {
            Button open = new Button(
                    Messages.get("ui.open.title"), e -> getUI().ifPresent(ui -> ui.navigate(OpenReportView.class)));
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            open.setId("open-report");
            add(open);
        }
        Grid<ReportView> grid = new Grid<>();
        grid.setId("reports");
        grid.addColumn(ReportView::title)
                .setHeader(Messages.get("ui.reports.report"))
                .setWidth("20em")
                .setFlexGrow(3);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ReportView::periodLabel)
                .setHeader(Messages.get("ui.inbox.period"))
                .setAutoWidth(true);
        grid.addColumn(r -> StatusLabels.report(r.status()))
                .setHeader(Messages.get("ui.reports.stage"))
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.dateTime(r.deadline()))
                .setHeader(Messages.get("ui.reports.deadline"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> lateness(r, clock))
                .setHeader(Messages.get("ui.reports.lateness"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.number() == null ? "" : r.number())
                .setHeader(Messages.get("ui.reports.number"))
                .setAutoWidth(true);
        grid.setItems(reports.list(actor, null, null));
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                ReportDetailView.class,
                new RouteParameters("id", String.valueOf(e.getItem().id())))));
        add(grid);
    }

    /** While collecting: the units past their deadline and the days to the report's deadline. */
    static Span lateness(ReportView report, Clock clock) {
        if (report.status() != ReportStatus.COLLECTING) {
            return new Span();
        }
        Instant now = clock.instant();
        long late = report.units().stream()
                .filter(u -> u.status().editable() && (u.overdue() || now.isAfter(u.dueAt())))
                .count();
        long days = ChronoUnit.DAYS.between(
                Formats.today(clock), report.deadline().atZone(Formats.ZONE).toLocalDate());
        String left = days < 0
                ? Messages.get("ui.reports.pastDeadline", -days)
                : days == 0 ? Messages.get("ui.inbox.today") : Messages.get("ui.inbox.daysLeft", days);
        Span span = new Span(late == 0 ? left : Messages.get("ui.reports.lateUnits", late) + " · " + left);
        span.setId("lateness-" + report.id());
        if (late > 0) {
            span.addClassName("overdue");
        }
        return span;
    }
}
