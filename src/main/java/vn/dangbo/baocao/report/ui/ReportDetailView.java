package vn.dangbo.baocao.report.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.ui.Notices;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.CurrentActor;
import vn.dangbo.baocao.identity.Role;
import vn.dangbo.baocao.report.AssignmentService;
import vn.dangbo.baocao.report.BoardService;
import vn.dangbo.baocao.report.DeadlineService;
import vn.dangbo.baocao.report.DocumentLinks;
import vn.dangbo.baocao.report.ProgressBoard;
import vn.dangbo.baocao.report.ReportService;
import vn.dangbo.baocao.report.ReportView;
import vn.dangbo.baocao.report.SigningAuthority;
import vn.dangbo.baocao.report.StatusLabels;

/** One report: its state, each unit's progress (the office's and leadership's board), and the document. */
@Route("bao-cao/:id([0-9]+)")
@PageTitle("Báo cáo")
@PermitAll
class ReportDetailView extends VerticalLayout implements BeforeEnterObserver {

    private final ReportService reports;
    private final DocumentLinks documents;
    private final CurrentActor current;
    private final BoardService boards;
    private final DeadlineService deadlines;
    private final AssignmentService assignments;

    ReportDetailView(
            ReportService reports,
            DocumentLinks documents,
            CurrentActor current,
            BoardService boards,
            DeadlineService deadlines,
            AssignmentService assignments) {
        this.reports = reports;
        this.documents = documents;
        this.current = current;
        this.boards = boards;
        this.deadlines = deadlines;
        this.assignments = assignments;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("id").orElse("0"));
        Actor actor = current.get();
        ReportView report;
        try {
            report = reports.get(actor, id);
        } catch (AppException e) {
            Notices.error(e);
            event.forwardTo(ReportListView.class);
            return;
        }
        removeAll();
        show(actor, report);
    }

    private void refresh(Actor actor, long id) {
        removeAll();
        show(actor, reports.get(actor, id));
    }

    private void show(Actor actor, ReportView report) {
        add(new H2(report.title()));
        Span status = new Span(StatusLabels.report(report.status()));
        status.setId("report-status");
        status.getElement().getThemeList().add("badge");
        add(status);
        add(new Paragraph(Messages.get("ui.task.period", report.periodLabel()) + " · "
                + Messages.get("ui.reports.deadlineAt", Formats.dateTime(report.deadline()))
                + " · " + Messages.get("ui.reports.template", report.templateId(), report.templateVersion())));
        if (report.signer() != null) {
            SigningAuthority authority =
                    report.signingAuthority() == null ? SigningAuthority.STANDING_COMMITTEE : report.signingAuthority();
            Paragraph signer = new Paragraph(
                    Messages.get("ui.reports.signer", Messages.get(authority.messageKey()), report.signerName()));
            signer.setId("report-signer");
            signer.addClassName("meta");
            add(signer);
        }
        if (report.number() != null) {
            add(new Paragraph(Messages.get("ui.reports.issued", report.number(), Formats.dateTime(report.issuedAt()))));
        }
        if (report.cancelReason() != null) {
            add(new Paragraph(Messages.get("ui.reports.cancelled", report.cancelReason())));
        }
        if (report.replacesReportId() != null) {
            Paragraph correction = new Paragraph(
                    new com.vaadin.flow.component.html.Span(
                            Messages.get("ui.reports.correction", report.correctionReason()) + " "),
                    new com.vaadin.flow.component.html.Anchor(
                            "bao-cao/" + report.replacesReportId(),
                            Messages.get("ui.reports.replaced", report.replacesReportId())));
            correction.setId("report-correction");
            add(correction);
        }
        com.vaadin.flow.component.html.Anchor timeline = new com.vaadin.flow.component.html.Anchor(
                "bao-cao/" + report.id() + "/nhat-ky", Messages.get("ui.reports.timeline"));
        timeline.setId("report-timeline-link");
        add(timeline);
        documents.link(actor, report.id(), report.status()).ifPresent(this::add);
        if (actor.has(Role.OFFICE) || actor.has(Role.LEADERSHIP)) {
            add(new BoardPanel(
                    boards.board(actor, report.id()), actor.has(Role.OFFICE) ? actions(actor, report) : null));
            return;
        }
        add(new H3(Messages.get("ui.reports.units")));
        Grid<ReportView.UnitView> units = new Grid<>();
        units.setId("report-units");
        units.addColumn(ReportView.UnitView::unitName)
                .setHeader(Messages.get("ui.inbox.unit"))
                .setFlexGrow(2);
        units.addComponentColumn(u -> {
                    Span s = new Span(StatusLabels.unit(u.status())
                            + (u.overdue() ? " · " + Messages.get("ui.reports.overdue") : ""));
                    if (u.overdue()) {
                        s.addClassName("overdue");
                    }
                    return s;
                })
                .setHeader(Messages.get("ui.reports.status"))
                .setAutoWidth(true);
        units.addColumn(u -> u.submittedBy() == null ? "" : u.submittedBy())
                .setHeader(Messages.get("ui.reports.submittedBy"))
                .setAutoWidth(true);
        units.addColumn(u -> Formats.dateTime(u.submittedAt()))
                .setHeader(Messages.get("ui.reports.submittedAt"))
                .setAutoWidth(true);
        units.setItems(report.units());
        units.setAllRowsVisible(true);
        add(units);
    }

    private BoardPanel.Actions actions(Actor actor, ReportView report) {
        long id = report.id();
        Runnable done = () -> refresh(actor, id);
        return new BoardPanel.Actions() {
            @Override
            public void extend(ProgressBoard.UnitProgress unit) {
                DeadlineDialogs.extend(
                                boards.board(actor, id),
                                unit,
                                at -> deadlines.extendDeadline(actor, id, unit == null ? null : unit.unitCode(), at),
                                done)
                        .open();
            }

            @Override
            public void reassign() {
                DeadlineDialogs.reassign(
                                boards.board(actor, id),
                                reports.openingChoices(actor).units(),
                                v -> assignments.reassign(actor, id, v[0], v[1]),
                                done)
                        .open();
            }

            @Override
            public void cancel() {
                DeadlineDialogs.cancel(reason -> reports.cancel(actor, id, reason), done)
                        .open();
            }
        };
    }
}
