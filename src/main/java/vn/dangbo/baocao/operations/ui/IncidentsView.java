package vn.dangbo.baocao.operations.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.ui.Notices;
import vn.dangbo.baocao.identity.CurrentActor;
import vn.dangbo.baocao.operations.IncidentService;
import vn.dangbo.baocao.operations.IncidentSummary;

/** The administrator's list of automatic steps that failed all their retries, with "Thử lại". */
@Route("quan-tri/su-co")
@PageTitle("Lỗi xử lý tự động")
@Menu(title = "Sự cố", order = 92)
@RolesAllowed("ADMIN")
class IncidentsView extends VerticalLayout {

    private final IncidentService incidents;
    private final CurrentActor current;
    private final Grid<IncidentSummary> grid = new Grid<>();
    private final Span none = new Span(Messages.get("ui.incidents.none"));

    IncidentsView(IncidentService incidents, CurrentActor current) {
        this.incidents = incidents;
        this.current = current;
        setSizeFull();
        grid.setId("incidents");
        grid.addColumn(i -> Formats.dateTime(i.occurredAt()))
                .setHeader(Messages.get("ui.incidents.time"))
                .setAutoWidth(true);
        grid.addComponentColumn(IncidentsView::report)
                .setHeader(Messages.get("ui.incidents.report"))
                .setFlexGrow(1);
        grid.addColumn(IncidentSummary::step)
                .setHeader(Messages.get("ui.incidents.step"))
                .setAutoWidth(true);
        grid.addColumn(i -> i.cause() == null ? i.message() : i.cause())
                .setHeader(Messages.get("ui.incidents.message"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        grid.setSizeFull();
        none.setId("incidents-none");
        add(
                new H2(Messages.get("ui.incidents.title")),
                new Paragraph(Messages.get("ui.incidents.explain")),
                none,
                grid);
        refresh();
    }

    private static Component report(IncidentSummary incident) {
        if (incident.reportId() == null) {
            return new Span("—");
        }
        return new Anchor("bao-cao/" + incident.reportId(), incident.reportTitle());
    }

    private HorizontalLayout actions(IncidentSummary incident) {
        Button details = new Button(Messages.get("ui.incidents.details"), e -> details(incident));
        details.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button retry = new Button(Messages.get("ui.incidents.retry"), e -> retry(incident));
        retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        retry.setVisible(incident.retryable());
        return new HorizontalLayout(details, retry);
    }

    private void details(IncidentSummary incident) {
        try {
            String trace = incidents.stacktrace(current.get(), incident.id());
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(Messages.get("ui.incidents.stacktrace"));
            Pre text = new Pre(trace.isBlank() ? Messages.get("ui.incidents.noStacktrace") : trace);
            text.getStyle().set("white-space", "pre-wrap").set("font-size", "var(--lumo-font-size-xs)");
            dialog.add(new Paragraph(incident.cause() == null ? incident.message() : incident.cause()), text);
            dialog.getFooter().add(new Button(Messages.get("ui.close"), e -> dialog.close()));
            dialog.setWidth("80vw");
            dialog.open();
        } catch (AppException e) {
            Notices.error(e);
            refresh();
        }
    }

    private void retry(IncidentSummary incident) {
        try {
            incidents.retry(current.get(), incident.id());
            Notices.success(Messages.get("ui.incidents.retried", incident.step()));
        } catch (AppException e) {
            Notices.error(e);
        }
        refresh();
    }

    private void refresh() {
        List<IncidentSummary> list = incidents.incidents(current.get());
        grid.setItems(list);
        grid.setVisible(!list.isEmpty());
        none.setVisible(list.isEmpty());
    }
}
