package vn.dangbo.baocao.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.ui.Ids;
import vn.dangbo.baocao.report.ProgressBoard;
import vn.dangbo.baocao.report.ReportStatus;

/**
 * The progress board: every unit with its state, submitter and days left (late ones in red), the chart of
 * submissions against the deadline, and, for the office while collecting, the deadline actions.
 */
class BoardPanel extends Div {

    /** What the office can do from the board; null for the leadership (read only). */
    interface Actions {
        void extend(ProgressBoard.UnitProgress unit);

        void reassign();

        void cancel();
    }

    BoardPanel(ProgressBoard board, Actions actions) {
        addClassName("progress-board");
        setWidthFull();
        long late = board.units().stream()
                .filter(ProgressBoard.UnitProgress::overdue)
                .count();
        long submitted = board.submissions().stream()
                .map(ProgressBoard.Submission::unitCode)
                .distinct()
                .count();
        H3 title = new H3(Messages.get("ui.board.title"));
        Span summary = new Span(
                Messages.get("ui.board.summary", submitted, board.units().size(), late));
        summary.setId("board-summary");
        summary.addClassName("meta");
        add(title, summary);
        if (board.issuing() != null) {
            Paragraph issuing = new Paragraph(board.issuing());
            issuing.setId("board-issuing");
            issuing.addClassName("issuing");
            add(issuing);
        }

        Grid<ProgressBoard.UnitProgress> grid = new Grid<>();
        grid.setId("board-units");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ProgressBoard.UnitProgress::unitName)
                .setHeader(Messages.get("ui.inbox.unit"))
                .setFlexGrow(2);
        grid.addComponentColumn(u -> {
                    Span s =
                            new Span(u.statusLabel() + (u.overdue() ? " · " + Messages.get("ui.reports.overdue") : ""));
                    s.setId(Ids.of("board-status", u.unitCode()));
                    if (u.overdue()) {
                        s.addClassName("overdue");
                    }
                    return s;
                })
                .setHeader(Messages.get("ui.reports.status"))
                .setAutoWidth(true);
        grid.addColumn(u -> u.submittedByName() == null ? "" : u.submittedByName())
                .setHeader(Messages.get("ui.reports.submittedBy"))
                .setAutoWidth(true);
        grid.addColumn(u -> Formats.dateTime(u.submittedAt()))
                .setHeader(Messages.get("ui.reports.submittedAt"))
                .setAutoWidth(true);
        grid.addColumn(u -> Formats.dateTime(u.dueAt()))
                .setHeader(Messages.get("ui.reports.deadline"))
                .setAutoWidth(true);
        grid.addComponentColumn(BoardPanel::daysLeft)
                .setHeader(Messages.get("ui.inbox.remaining"))
                .setAutoWidth(true);
        if (actions != null && board.status() == ReportStatus.COLLECTING) {
            grid.addComponentColumn(u -> {
                        Button extend = new Button(Messages.get("ui.board.extend"), e -> actions.extend(u));
                        extend.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                        extend.setId(Ids.of("extend", u.unitCode()));
                        extend.setEnabled(u.status().editable());
                        return extend;
                    })
                    .setAutoWidth(true);
        }
        grid.setPartNameGenerator(u -> u.overdue() ? "overdue-row" : null);
        grid.setItems(board.units());
        grid.setAllRowsVisible(true);
        add(grid);

        if (actions != null && board.status() != ReportStatus.ISSUED && board.status() != ReportStatus.CANCELLED) {
            HorizontalLayout bar = new HorizontalLayout();
            bar.addClassName("board-actions");
            if (board.status() == ReportStatus.COLLECTING) {
                Button extendAll = new Button(Messages.get("ui.board.extendAll"), e -> actions.extend(null));
                extendAll.setId("extend-all");
                Button reassign = new Button(Messages.get("ui.board.reassign"), e -> actions.reassign());
                reassign.setId("reassign");
                bar.add(extendAll, reassign);
            }
            Button cancel = new Button(Messages.get("ui.board.cancel"), e -> actions.cancel());
            cancel.setId("cancel-report");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            bar.add(cancel);
            add(bar);
        }

        H3 chartTitle = new H3(Messages.get("ui.board.chart.title"));
        add(chartTitle, new SubmissionChart(board));
    }

    private static Span daysLeft(ProgressBoard.UnitProgress u) {
        if (!u.status().editable()) {
            return new Span();
        }
        Span s;
        if (u.overdue() || u.daysLeft() < 0) {
            s = new Span(Messages.get("ui.inbox.overdue", Math.max(1, -u.daysLeft())));
            s.addClassName("overdue");
        } else {
            s = new Span(
                    u.daysLeft() == 0
                            ? Messages.get("ui.inbox.today")
                            : Messages.get("ui.inbox.daysLeft", u.daysLeft()));
        }
        s.setId(Ids.of("days-left", u.unitCode()));
        return s;
    }
}
