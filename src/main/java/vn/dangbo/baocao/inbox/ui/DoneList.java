package vn.dangbo.baocao.inbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.inbox.DoneItem;
import vn.dangbo.baocao.inbox.DonePage;
import vn.dangbo.baocao.inbox.InboxService;

/** "Đã xử lý": what my unit submitted or decided and when, newest first, a page at a time. */
class DoneList extends Div {

    private final InboxService inbox;
    private final Actor actor;
    private final Grid<DoneItem> grid = new Grid<>();
    private final Paragraph empty = new Paragraph(Messages.get("ui.inbox.doneEmpty"));
    private final Span pageLabel = new Span();
    private final Button previous = new Button(Messages.get("ui.inbox.previous"));
    private final Button next = new Button(Messages.get("ui.inbox.next"));
    private int page;

    DoneList(InboxService inbox, Actor actor) {
        this.inbox = inbox;
        this.actor = actor;
        setWidthFull();
        grid.setId("done");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(DoneItem::actionLabel)
                .setHeader(Messages.get("ui.inbox.doneAction"))
                .setWidth("8em");
        grid.addColumn(DoneItem::reportTitle)
                .setHeader(Messages.get("ui.inbox.report"))
                .setWidth("14em")
                .setFlexGrow(3);
        grid.addColumn(DoneItem::period)
                .setHeader(Messages.get("ui.inbox.period"))
                .setWidth("9em");
        grid.addColumn(d -> d.target() == null ? "" : d.target())
                .setHeader(Messages.get("ui.inbox.doneUnit"))
                .setWidth("7em");
        grid.addColumn(DoneItem::actor)
                .setHeader(Messages.get("ui.inbox.doneBy"))
                .setWidth("8em");
        grid.addColumn(d -> Formats.dateTime(d.at()))
                .setHeader(Messages.get("ui.inbox.doneAt"))
                .setWidth("10em");
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                e.getItem().target() == null
                        ? "bao-cao/" + e.getItem().reportId()
                        : "bao-cao/" + e.getItem().reportId() + "/phan/"
                                + e.getItem().target())));
        empty.setId("done-empty");
        previous.addClickListener(e -> show(page - 1));
        next.addClickListener(e -> show(page + 1));
        HorizontalLayout pager = new HorizontalLayout(previous, pageLabel, next);
        pager.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(empty, grid, pager);
    }

    void show(int wanted) {
        DonePage done = inbox.done(actor, Math.max(0, wanted));
        page = done.page();
        long pages = Math.max(1, (done.total() + done.size() - 1) / done.size());
        grid.setItems(done.items());
        empty.setVisible(done.items().isEmpty());
        pageLabel.setText(Messages.get("ui.inbox.donePage", page + 1, pages));
        previous.setEnabled(page > 0);
        next.setEnabled(page + 1 < pages);
    }
}
