package vn.dangbo.baocao.inbox.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.ui.HomePanel;
import vn.dangbo.baocao.common.ui.Ids;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.CurrentActor;
import vn.dangbo.baocao.inbox.InboxService;
import vn.dangbo.baocao.inbox.TaskFilter;
import vn.dangbo.baocao.inbox.TaskView;
import vn.dangbo.baocao.report.StatusLabels;
import vn.dangbo.baocao.report.UnitStatus;

/** The open tasks, filtered by the unit's status and the period, and ("Đã xử lý") what my unit decided. */
@Route("")
@PageTitle("Hộp công việc")
@Menu(title = "Hộp công việc", order = 0)
@PermitAll
class InboxView extends VerticalLayout {

    private final InboxService inbox;
    private final Actor actor;
    private final Clock clock;
    private final Grid<TaskView> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final Select<UnitStatus> status = new Select<>();
    private final Select<Integer> year = new Select<>();
    private final Select<Integer> month = new Select<>();
    private final List<Grid.Column<TaskView>> wideColumns = new java.util.ArrayList<>();
    private Grid.Column<TaskView> compactColumn;
    private TaskView focused;

    InboxView(
            InboxService inbox,
            CurrentActor current,
            Clock clock,
            org.springframework.beans.factory.ObjectProvider<HomePanel> panels) {
        this.inbox = inbox;
        this.actor = current.get();
        this.clock = clock;
        add(new H2(Messages.get("ui.inbox.title")));
        panels.orderedStream().forEach(p -> p.panel().ifPresent(this::add));
        Tab open = new Tab(Messages.get("ui.inbox.tabOpen"));
        open.setId("tab-open");
        Tab done = new Tab(Messages.get("ui.inbox.tabDone"));
        done.setId("tab-done");
        Tabs tabs = new Tabs(open, done);
        Div openPage = openPage();
        DoneList donePage = new DoneList(inbox, actor);
        donePage.setVisible(false);
        tabs.addSelectedChangeListener(e -> {
            boolean isDone = e.getSelectedTab() == done;
            openPage.setVisible(!isDone);
            donePage.setVisible(isDone);
            if (isDone) {
                donePage.show(0);
            }
        });
        add(tabs, openPage, donePage);
        refresh();
    }

    private Div openPage() {
        status.setId("filter-status");
        status.setLabel(Messages.get("ui.inbox.filterStatus"));
        status.setItems(UnitStatus.NOT_STARTED, UnitStatus.DRAFTING, UnitStatus.RETURNED, UnitStatus.SUBMITTED);
        status.setItemLabelGenerator(s -> s == null ? Messages.get("ui.inbox.filterAny") : StatusLabels.unit(s));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(Messages.get("ui.inbox.filterAny"));
        int thisYear = Formats.today(clock).getYear();
        year.setId("filter-year");
        year.setLabel(Messages.get("ui.inbox.filterYear"));
        year.setItems(IntStream.rangeClosed(thisYear - 2, thisYear + 1).boxed().toList());
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(Messages.get("ui.inbox.filterAny"));
        month.setId("filter-month");
        month.setLabel(Messages.get("ui.inbox.filterMonth"));
        month.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
        month.setItemLabelGenerator(
                m -> m == null ? Messages.get("ui.inbox.filterAny") : Messages.get("ui.inbox.month", m));
        month.setEmptySelectionAllowed(true);
        month.setEmptySelectionCaption(Messages.get("ui.inbox.filterAny"));
        status.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        month.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(status, year, month);
        filters.addClassName("inbox-filters");

        grid.setId("inbox");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        wideColumns.add(grid.addComponentColumn(t -> {
                    Span name = new Span(t.name());
                    name.setId(Ids.of("task", t.id()));
                    return name;
                })
                .setHeader(Messages.get("ui.inbox.task"))
                .setWidth("9em")
                .setFlexGrow(1));
        wideColumns.add(grid.addColumn(TaskView::reportTitle)
                .setHeader(Messages.get("ui.inbox.report"))
                .setWidth("14em")
                .setFlexGrow(3));
        wideColumns.add(grid.addColumn(TaskView::period)
                .setHeader(Messages.get("ui.inbox.period"))
                .setWidth("9em"));
        wideColumns.add(grid.addColumn(t -> t.unitName() == null ? "" : t.unitName())
                .setHeader(Messages.get("ui.inbox.unit"))
                .setWidth("10em")
                .setFlexGrow(2));
        wideColumns.add(grid.addColumn(t -> Formats.dateTime(t.due()))
                .setHeader(Messages.get("ui.inbox.due"))
                .setWidth("9em"));
        wideColumns.add(grid.addComponentColumn(t -> remaining(t, clock))
                .setHeader(Messages.get("ui.inbox.remaining"))
                .setWidth("8em"));
        wideColumns.add(grid.addColumn(t -> t.unitStatus() == null ? "" : StatusLabels.unit(t.unitStatus()))
                .setHeader(Messages.get("ui.inbox.status"))
                .setWidth("8em")
                .setFlexGrow(1));
        compactColumn = grid.addComponentColumn(InboxView::compact)
                .setHeader(Messages.get("ui.inbox.task"))
                .setFlexGrow(1);
        compactColumn.setVisible(false);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> openTask(e.getItem()));
        // Enter on the focused row opens it, as a click does
        grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
        grid.getElement()
                .addEventListener("keydown", e -> {
                    if (focused != null) {
                        openTask(focused);
                    }
                })
                .setFilter("event.key === 'Enter'");
        empty.setId("inbox-empty");
        Div page = new Div(filters, empty, grid);
        page.setWidthFull();
        return page;
    }

    private void openTask(TaskView task) {
        getUI().ifPresent(ui ->
                ui.navigate(TaskPage.class, new com.vaadin.flow.router.RouteParameters("taskId", task.id())));
    }

    /** On a phone one column holds the task, the report, the period, the deadline and the status. */
    static Div compact(TaskView t) {
        Span name = new Span(t.name());
        name.addClassName("task-name");
        Span report = new Span(t.reportTitle());
        Span when = new Span(Messages.get("ui.inbox.compactDue", Formats.dateTime(t.due())));
        when.addClassName("meta");
        Div cell = new Div(name, report, when);
        if (t.unitStatus() != null) {
            Span status = new Span(StatusLabels.unit(t.unitStatus()));
            status.addClassName("meta");
            cell.add(status);
        }
        cell.addClassName("inbox-compact");
        return cell;
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        super.onAttach(event);
        event.getUI().getPage().retrieveExtendedClientDetails(d -> fit(d.getWindowInnerWidth()));
        event.getUI().getPage().addBrowserWindowResizeListener(e -> fit(e.getWidth()));
    }

    /** Below 600 px the wide columns give way to the compact one: nothing scrolls sideways. */
    private void fit(int width) {
        boolean phone = width > 0 && width < 600;
        wideColumns.forEach(c -> c.setVisible(!phone));
        compactColumn.setVisible(phone);
    }

    private void refresh() {
        TaskFilter filter = new TaskFilter(status.getValue(), year.getValue(), month.getValue());
        List<TaskView> tasks = inbox.tasks(actor, filter).stream()
                .sorted(Comparator.comparing(TaskView::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        grid.setItems(tasks);
        boolean filtered = status.getValue() != null || year.getValue() != null || month.getValue() != null;
        empty.setText(Messages.get(filtered ? "ui.inbox.noMatch" : "ui.inbox.empty"));
        empty.setVisible(tasks.isEmpty());
    }

    static Span remaining(TaskView task, Clock clock) {
        if (task.due() == null) {
            return new Span();
        }
        Duration left = Duration.between(clock.instant(), task.due());
        if (task.overdue() || left.isNegative()) {
            long days = Math.max(1, (-left.toHours() + 23) / 24);
            Span late = new Span(Messages.get("ui.inbox.overdue", days));
            late.addClassName("overdue");
            return late;
        }
        long days = left.toDays();
        return new Span(days == 0 ? Messages.get("ui.inbox.today") : Messages.get("ui.inbox.daysLeft", days));
    }
}
