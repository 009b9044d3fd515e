package vn.dangbo.baocao.round.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.ui.Ids;
import vn.dangbo.baocao.common.ui.Notices;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.CurrentActor;
import vn.dangbo.baocao.identity.Role;
import vn.dangbo.baocao.issuance.IssuanceService.FileDownload;
import vn.dangbo.baocao.round.RoundBoard;
import vn.dangbo.baocao.round.RoundReceipts;
import vn.dangbo.baocao.round.RoundService;
import vn.dangbo.baocao.round.RoundStatus;

/**
 * The round board: each child's state (chưa mở / đang làm / đã ban hành / trễ hạn, late rows in red), its
 * document, the province-wide aggregate with its XLSX, and the office's actions (return, own report, close).
 */
@Route("dot-bao-cao/:id([0-9]+)")
@PageTitle("Đợt báo cáo")
@RolesAllowed({"OFFICE", "LEADERSHIP"})
class RoundBoardView extends VerticalLayout implements BeforeEnterObserver {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final RoundService rounds;
    private final RoundReceipts receipts;
    private final Actor actor;
    private long roundId;

    RoundBoardView(RoundService rounds, RoundReceipts receipts, CurrentActor current) {
        this.rounds = rounds;
        this.receipts = receipts;
        this.actor = current.get();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        roundId = Long.parseLong(event.getRouteParameters().get("id").orElseThrow());
        try {
            show();
        } catch (AppException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, e.getMessage());
        }
    }

    private void show() {
        RoundBoard board = rounds.board(actor, roundId);
        removeAll();
        H2 title = new H2(board.round().title());
        title.setId("round-title");
        long issued = board.lines().stream()
                .filter(l -> l.status() == RoundStatus.ISSUED)
                .count();
        long late = board.lines().stream()
                .filter(l -> l.status() == RoundStatus.LATE)
                .count();
        Paragraph basis = new Paragraph(Messages.get(
                "ui.round.basisLine",
                board.round().basisNumber(),
                board.round().period().label()));
        basis.addClassName("meta");
        Span summary = new Span(Messages.get(
                "ui.round.summary",
                issued,
                board.lines().size(),
                late,
                Formats.dateTime(board.round().deadline())));
        summary.setId("round-summary");
        add(title, basis, summary);
        if (board.round().closed()) {
            Paragraph closed = new Paragraph(Messages.get(
                    "ui.round.closedOn",
                    Formats.date(board.round().closedAt()),
                    board.round().closeReason()));
            closed.setId("round-closed");
            closed.addClassName("returned-comment");
            add(closed);
        }
        add(new H3(Messages.get("ui.round.boardTitle")), lines(board), actions(board));
        add(
                new H3(Messages.get("ui.round.aggregateTitle")),
                xlsx(),
                new AggregateTables(rounds.aggregate(actor, roundId)));
    }

    private Grid<RoundBoard.Line> lines(RoundBoard board) {
        Grid<RoundBoard.Line> grid = new Grid<>();
        grid.setId("round-board");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(RoundBoard.Line::organisationName)
                .setHeader(Messages.get("ui.round.column.organisation"))
                .setFlexGrow(2);
        grid.addComponentColumn(line -> {
                    Span status = new Span(line.statusLabel()
                            + (line.returned() ? " · " + Messages.get("ui.round.returnedMark") : ""));
                    status.setId(Ids.of("round-status", line.organisationCode()));
                    if (line.status() == RoundStatus.LATE) {
                        status.addClassName("overdue");
                    }
                    return status;
                })
                .setHeader(Messages.get("ui.round.column.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(line -> {
                    if (line.incomingId() == null) {
                        return new Span();
                    }
                    Anchor number = new Anchor("van-ban-den?id=" + line.incomingId(), line.symbol());
                    number.setId(Ids.of("round-number", line.organisationCode()));
                    return number;
                })
                .setHeader(Messages.get("ui.round.column.number"))
                .setAutoWidth(true);
        grid.addColumn(line -> line.issuedOn() == null ? "" : Formats.date(line.issuedOn()))
                .setHeader(Messages.get("ui.round.column.issuedOn"))
                .setAutoWidth(true);
        grid.addColumn(line -> line.version() == 0 ? "" : String.valueOf(line.version()))
                .setHeader(Messages.get("ui.round.column.version"))
                .setAutoWidth(true);
        if (actor.has(Role.OFFICE)) {
            grid.addComponentColumn(this::returnButton).setAutoWidth(true);
        }
        grid.setPartNameGenerator(line -> line.status() == RoundStatus.LATE ? "overdue-row" : null);
        grid.setItems(board.lines());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Button returnButton(RoundBoard.Line line) {
        Button back = new Button(
                Messages.get("ui.round.return"),
                e -> new TextDialog(
                                "return",
                                Messages.get("ui.round.returnTitle", line.symbol(), line.organisationName()),
                                Messages.get("ui.round.returnText"),
                                Messages.get("round.field.comment"),
                                Messages.get("ui.round.returnSave"),
                                comment -> {
                                    receipts.returnDocument(actor, line.incomingId(), comment);
                                    Notices.success(Messages.get("ui.round.returned"));
                                    show();
                                })
                        .open());
        back.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        back.setId(Ids.of("return", line.organisationCode()));
        back.setVisible(line.incomingId() != null && !line.returned());
        return back;
    }

    private HorizontalLayout actions(RoundBoard board) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        if (board.superiorReportId() != null) {
            Anchor own = new Anchor(
                    "bao-cao/" + board.superiorReportId(),
                    Messages.get("ui.round.superiorReport", board.superiorReportId()));
            own.setId("superior-report");
            bar.add(own);
        } else if (actor.has(Role.OFFICE)) {
            Button use = new Button(
                    Messages.get("ui.round.useAsStart"),
                    e -> new ConfirmDialog(
                                    Messages.get("ui.round.superiorTitle"),
                                    Messages.get("ui.round.useAsStart"),
                                    rounds.choices(actor),
                                    board.round().templateKey(),
                                    null,
                                    Messages.get("ui.round.useAsStart"),
                                    command -> rounds.openSuperiorReport(actor, roundId, command),
                                    id -> {
                                        Notices.success(Messages.get("ui.round.superiorOpened"));
                                        getUI().ifPresent(ui -> ui.navigate("bao-cao/" + id));
                                    })
                            .open());
            use.setId("use-as-start");
            use.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(use);
        }
        if (actor.has(Role.OFFICE) && !board.round().closed()) {
            Button close = new Button(
                    Messages.get("ui.round.close"),
                    e -> new TextDialog(
                                    "close-round",
                                    Messages.get("ui.round.closeTitle"),
                                    Messages.get("ui.round.closeText"),
                                    Messages.get("ui.round.closeReason"),
                                    Messages.get("ui.round.closeSave"),
                                    reason -> {
                                        rounds.close(actor, roundId, reason);
                                        Notices.success(Messages.get("ui.round.closed"));
                                        show();
                                    })
                            .open());
            close.setId("close-round");
            close.addThemeVariants(ButtonVariant.LUMO_ERROR);
            bar.add(close);
        }
        return bar;
    }

    /** A plain download link: the browser saves the workbook, the page stays. */
    private Anchor xlsx() {
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    FileDownload file = rounds.aggregateWorkbook(actor, roundId);
                    return new DownloadResponse(
                            new ByteArrayInputStream(file.content()), file.fileName(), XLSX, file.content().length);
                }),
                AttachmentType.DOWNLOAD,
                "");
        link.add(VaadinIcon.DOWNLOAD.create(), new Span(" " + Messages.get("ui.round.xlsx")));
        link.setId("round-xlsx");
        return link;
    }
}
