package vn.dangbo.baocao.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.dangbo.baocao.audit.AuditExport;
import vn.dangbo.baocao.audit.AuditFilter;
import vn.dangbo.baocao.audit.AuditLog;
import vn.dangbo.baocao.audit.AuditPage;
import vn.dangbo.baocao.audit.AuditRow;
import vn.dangbo.baocao.audit.AuditVerifier;
import vn.dangbo.baocao.audit.ReportVisibility;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.ui.VietnameseDates;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.CurrentActor;

/** The admin's search of the whole trail, page by page, with exports and the integrity check. */
@Route("nhat-ky")
@PageTitle("Nhật ký hệ thống")
@Menu(title = "Nhật ký hệ thống", order = 90)
@RolesAllowed("ADMIN")
class AuditSearchView extends VerticalLayout {

    private static final int PAGE_SIZE = 50;

    private final AuditLog log;
    private final Actor actor;
    private final TextField user = new TextField(Messages.get("audit.ui.user"));
    private final TextField unit = new TextField(Messages.get("audit.ui.unit"));
    private final ComboBox<String> action = new ComboBox<>(Messages.get("audit.ui.action"));
    private final DatePicker from = new DatePicker(Messages.get("audit.ui.from"));
    private final DatePicker to = new DatePicker(Messages.get("audit.ui.to"));
    private final Grid<AuditRow> grid = new Grid<>(AuditRow.class, false);
    private final Span pageInfo = new Span();
    private final Button previous = new Button(Messages.get("audit.ui.previous"), VaadinIcon.ANGLE_LEFT.create());
    private final Button next = new Button(Messages.get("audit.ui.next"), VaadinIcon.ANGLE_RIGHT.create());
    private final ReportColumn reportColumn;
    private int page;
    /** The cursor of each page shown so far ({@code null} for the first), so "previous" needs no offset. */
    private final List<Long> cursors = new ArrayList<>();

    private Long nextBefore;

    AuditSearchView(AuditLog log, ReportVisibility reports, CurrentActor current) {
        this.log = log;
        this.actor = current.get();
        this.reportColumn = new ReportColumn(reports, actor);
        setSizeFull();
        Map<String, String> actions = AuditLog.actions();
        action.setItems(List.copyOf(actions.keySet()));
        action.setItemLabelGenerator(actions::get);
        action.setClearButtonVisible(true);
        user.setClearButtonVisible(true);
        unit.setClearButtonVisible(true);
        VietnameseDates.apply(from);
        VietnameseDates.apply(to);
        Button find = new Button(Messages.get("audit.ui.find"), VaadinIcon.SEARCH.create(), e -> load(0));
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button verify = new Button(Messages.get("audit.ui.verify"), VaadinIcon.SHIELD.create(), e -> verify());
        HorizontalLayout filters = new HorizontalLayout(user, unit, action, from, to, find);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        HorizontalLayout tools = new HorizontalLayout(
                verify,
                Downloads.button(
                        Messages.get("audit.ui.exportXlsx"),
                        "nhat-ky.xlsx",
                        Downloads.XLSX,
                        () -> AuditExport.xlsx(log.export(actor, filter()))),
                Downloads.button(
                        Messages.get("audit.ui.exportCsv"),
                        "nhat-ky.csv",
                        Downloads.CSV,
                        () -> AuditExport.csv(log.export(actor, filter()))));
        previous.addClickListener(e -> load(page - 1));
        next.addClickListener(e -> load(page + 1));
        HorizontalLayout pager = new HorizontalLayout(previous, pageInfo, next);
        pager.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        AuditColumns.add(grid);
        reportColumn.addTo(grid);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setColumnOrder(reorder(grid));
        grid.setSizeFull();
        add(new H2(Messages.get("audit.ui.search")), filters, tools, grid, pager);
        load(0);
    }

    private AuditFilter filter() {
        return new AuditFilter(user.getValue(), unit.getValue(), action.getValue(), from.getValue(), to.getValue());
    }

    private void load(int wanted) {
        try {
            int target = Math.max(0, Math.min(wanted, cursors.size()));
            if (target == 0) {
                cursors.clear();
                cursors.add(null);
            } else if (target == cursors.size()) {
                cursors.add(nextBefore);
            }
            AuditPage result = log.search(actor, filter(), cursors.get(target), target, PAGE_SIZE);
            page = target;
            nextBefore = result.nextBefore();
            reportColumn.load(result.items());
            grid.setItems(result.items());
            pageInfo.setText(Messages.get("audit.ui.pageNumber", page + 1));
            previous.setEnabled(page > 0);
            next.setEnabled(result.hasNext());
        } catch (AppException e) {
            error(e.getMessage());
        }
    }

    /** The report right after the action, before the free-text detail. */
    private static List<Grid.Column<AuditRow>> reorder(Grid<AuditRow> grid) {
        List<Grid.Column<AuditRow>> columns = new java.util.ArrayList<>(grid.getColumns());
        Grid.Column<AuditRow> report = grid.getColumnByKey("report");
        columns.remove(report);
        columns.add(Math.min(4, columns.size()), report);
        return columns;
    }

    private void verify() {
        AuditVerifier.Result result = log.verify(actor);
        if (result.ok()) {
            Notification.show(Messages.get("audit.ui.verifyOk", result.entries()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } else {
            error(
                    result.brokenAt() == null
                            ? Messages.get("audit.ui.verifyTruncated")
                            : Messages.get("audit.ui.verifyBroken", Long.toString(result.brokenAt())));
        }
    }

    private static void error(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
