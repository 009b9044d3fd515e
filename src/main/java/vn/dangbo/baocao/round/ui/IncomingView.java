package vn.dangbo.baocao.round.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.ui.Notices;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.CurrentActor;
import vn.dangbo.baocao.identity.Role;
import vn.dangbo.baocao.round.IncomingDocument;
import vn.dangbo.baocao.round.RoundReceipts;
import vn.dangbo.baocao.round.RoundService;
import vn.dangbo.baocao.template.VietnameseNumbers;

/**
 * "Văn bản đến": the documents the children sent, each checked on receipt (SHA-256 recomputed), its versions
 * linked, the document to download and its figures read-only; the office may return the latest one.
 */
@Route("van-ban-den")
@PageTitle("Văn bản đến")
@Menu(title = "Văn bản đến", order = 55)
@RolesAllowed({"OFFICE", "LEADERSHIP"})
class IncomingView extends VerticalLayout implements BeforeEnterObserver {

    private final RoundReceipts receipts;
    private final RoundService rounds;
    private final Actor actor;
    private final Grid<IncomingDocument> grid = new Grid<>();
    private final Div detail = new Div();
    private List<IncomingDocument> documents = List.of();

    IncomingView(RoundReceipts receipts, RoundService rounds, CurrentActor current) {
        this.receipts = receipts;
        this.rounds = rounds;
        this.actor = current.get();
        add(new H2(Messages.get("ui.incoming.title")));
        grid.setId("incoming");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(IncomingDocument::senderName)
                .setHeader(Messages.get("ui.incoming.sender"))
                .setFlexGrow(2);
        grid.addColumn(IncomingDocument::symbol)
                .setHeader(Messages.get("ui.incoming.number"))
                .setAutoWidth(true);
        grid.addColumn(d -> Formats.date(d.issuedOn()))
                .setHeader(Messages.get("ui.incoming.date"))
                .setAutoWidth(true);
        grid.addColumn(d -> Formats.dateTime(d.receivedAt()))
                .setHeader(Messages.get("ui.incoming.receivedAt"))
                .setAutoWidth(true);
        grid.addComponentColumn(d -> {
                    Span checked = new Span(Messages.get("ui.incoming.checked"));
                    checked.getElement().setAttribute("title", Messages.get("ui.incoming.checkedTitle", d.sha256()));
                    checked.setId("checked-" + d.id());
                    return checked;
                })
                .setHeader(Messages.get("ui.incoming.sha256"))
                .setAutoWidth(true);
        grid.addColumn(this::version)
                .setHeader(Messages.get("ui.incoming.version"))
                .setAutoWidth(true);
        grid.addComponentColumn(d -> {
                    Anchor file = new Anchor(
                            "/api/rounds/incoming/" + d.id() + "/document", Messages.get("ui.incoming.download"));
                    file.setRouterIgnore(true);
                    file.getElement().setAttribute("download", d.fileName());
                    return file;
                })
                .setAutoWidth(true);
        grid.setEmptyStateText(Messages.get("ui.incoming.empty"));
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::showDetail));
        detail.setId("incoming-detail");
        detail.setWidthFull();
        detail.add(new Paragraph(Messages.get("ui.incoming.select")));
        add(grid, detail);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        documents = receipts.register(actor);
        grid.setItems(documents);
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("id")
                .ifPresent(id -> documents.stream()
                        .filter(d -> String.valueOf(d.id()).equals(id))
                        .findFirst()
                        .ifPresent(grid::select));
    }

    private String version(IncomingDocument d) {
        if (d.replacesId() == null) {
            return String.valueOf(d.version());
        }
        String replaced = documents.stream()
                .filter(x -> x.id() == d.replacesId())
                .map(IncomingDocument::symbol)
                .findFirst()
                .orElse("#" + d.replacesId());
        return Messages.get("ui.incoming.replaces", d.version(), replaced);
    }

    private void showDetail(IncomingDocument document) {
        detail.removeAll();
        detail.add(new H3(document.senderName() + " — " + document.symbol()));
        if (document.returnedAt() != null) {
            Paragraph returned = new Paragraph(Messages.get(
                    "ui.incoming.returnedOn", Formats.date(document.returnedAt()), document.returnComment()));
            returned.addClassName("returned-comment");
            detail.add(returned);
        }
        Map<String, String> labels = rounds.figureLabels(actor, document.roundId());
        Grid<Map.Entry<String, BigDecimal>> figures = new Grid<>();
        figures.setId("incoming-figures");
        figures.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        figures.addColumn(e -> labels.getOrDefault(e.getKey(), e.getKey()))
                .setHeader(Messages.get("ui.incoming.figure"))
                .setFlexGrow(3);
        figures.addColumn(e -> VietnameseNumbers.format(e.getValue(), 2))
                .setHeader(Messages.get("ui.incoming.value"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
                .setAutoWidth(true);
        figures.setItems(document.figures().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .toList());
        figures.setAllRowsVisible(true);
        figures.setEmptyStateText(Messages.get("ui.incoming.noFigures"));
        detail.add(new H3(Messages.get("ui.incoming.figures")), figures);
        boolean latest = documents.stream().noneMatch(d -> d.replacesId() != null && d.replacesId() == document.id());
        if (actor.has(Role.OFFICE) && document.returnedAt() == null && latest) {
            Button back = new Button(
                    Messages.get("ui.round.return"),
                    e -> new TextDialog(
                                    "return",
                                    Messages.get("ui.round.returnTitle", document.symbol(), document.senderName()),
                                    Messages.get("ui.round.returnText"),
                                    Messages.get("round.field.comment"),
                                    Messages.get("ui.round.returnSave"),
                                    comment -> {
                                        receipts.returnDocument(actor, document.id(), comment);
                                        Notices.success(Messages.get("ui.round.returned"));
                                        documents = receipts.register(actor);
                                        grid.setItems(documents);
                                        detail.removeAll();
                                    })
                            .open());
            back.setId("incoming-return");
            back.addThemeVariants(ButtonVariant.LUMO_ERROR);
            detail.add(back);
        }
    }
}
