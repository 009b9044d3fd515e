package vn.dangbo.baocao.inbox.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.ui.Ids;
import vn.dangbo.baocao.inbox.InboxService;
import vn.dangbo.baocao.inbox.TaskView;
import vn.dangbo.baocao.organisation.CurrentActor;
import vn.dangbo.baocao.report.StatusLabels;

@Route("")
@PageTitle("Hộp công việc")
@Menu(title = "Hộp công việc", order = 0)
@PermitAll
class InboxView extends VerticalLayout {

    InboxView(InboxService inbox, CurrentActor current, Clock clock) {
        List<TaskView> tasks = inbox.tasks(current.get()).stream()
                .sorted(Comparator.comparing(TaskView::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        add(new H2(Messages.get("ui.inbox.title")));
        if (tasks.isEmpty()) {
            Paragraph none = new Paragraph(Messages.get("ui.inbox.empty"));
            none.setId("inbox-empty");
            add(none);
        }
        Grid<TaskView> grid = new Grid<>();
        grid.setId("inbox");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(t -> {
            Span name = new Span(t.name());
            name.setId(Ids.of("task", t.id()));
            return name;
        }).setHeader(Messages.get("ui.inbox.task")).setWidth("9em").setFlexGrow(1);
        grid.addColumn(TaskView::reportTitle).setHeader(Messages.get("ui.inbox.report")).setWidth("14em")
                .setFlexGrow(3);
        grid.addColumn(TaskView::period).setHeader(Messages.get("ui.inbox.period")).setWidth("9em");
        grid.addColumn(t -> t.unitName() == null ? "" : t.unitName()).setHeader(Messages.get("ui.inbox.unit"))
                .setWidth("10em").setFlexGrow(2);
        grid.addColumn(t -> Formats.date(t.due()) + " " + Formats.time(t.due())).setHeader(Messages.get("ui.inbox.due"))
                .setWidth("9em");
        grid.addComponentColumn(t -> remaining(t, clock)).setHeader(Messages.get("ui.inbox.remaining"))
                .setWidth("8em");
        grid.addColumn(t -> t.unitStatus() == null ? "" : StatusLabels.unit(t.unitStatus()))
                .setHeader(Messages.get("ui.inbox.status")).setWidth("8em").setFlexGrow(1);
        grid.setItems(tasks);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(TaskPage.class,
                new com.vaadin.flow.router.RouteParameters("taskId", e.getItem().id()))));
        add(grid);
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
