package vn.dangbo.baocao.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.dangbo.baocao.audit.AuditExport;
import vn.dangbo.baocao.audit.AuditLog;
import vn.dangbo.baocao.audit.AuditRow;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.CurrentActor;

/** A report's timeline: who, for which unit, did what and when, with comments and links to versions. */
@Route("bao-cao/:id/nhat-ky")
@PageTitle("Nhật ký báo cáo")
@PermitAll
class ReportTimelineView extends VerticalLayout implements BeforeEnterObserver {

    private final AuditLog log;
    private final Actor actor;
    private final Grid<AuditRow> grid = new Grid<>(AuditRow.class, false);
    private final HorizontalLayout exports = new HorizontalLayout();

    ReportTimelineView(AuditLog log, CurrentActor current) {
        this.log = log;
        this.actor = current.get();
        setSizeFull();
        AuditColumns.add(grid);
        grid.setSizeFull();
        add(new H2(Messages.get("audit.ui.timeline")), exports, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            show(AppException.notFound(
                    "error.report.notFound",
                    event.getRouteParameters().get("id").orElse("")));
            return;
        }
        try {
            grid.setItems(log.timeline(actor, id));
        } catch (AppException e) {
            show(e);
            return;
        }
        exports.removeAll();
        exports.add(
                Downloads.button(
                        Messages.get("audit.ui.exportXlsx"),
                        "nhat-ky-bao-cao-" + id + ".xlsx",
                        Downloads.XLSX,
                        () -> AuditExport.xlsx(log.timeline(actor, id))),
                Downloads.button(
                        Messages.get("audit.ui.exportCsv"),
                        "nhat-ky-bao-cao-" + id + ".csv",
                        Downloads.CSV,
                        () -> AuditExport.csv(log.timeline(actor, id))));
    }

    private void show(AppException e) {
        grid.setItems();
        Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
