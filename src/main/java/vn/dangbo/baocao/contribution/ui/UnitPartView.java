package vn.dangbo.baocao.contribution.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.ui.Notices;
import vn.dangbo.baocao.contribution.SectionView;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.CurrentActor;
import vn.dangbo.baocao.report.ReportService;
import vn.dangbo.baocao.report.ReportView;
import vn.dangbo.baocao.report.StatusLabels;

/** A unit's part of a report, read-only: what was submitted (or accepted), with its phụ lục. */
@Route("bao-cao/:reportId([0-9]+)/phan/:unitCode")
@PageTitle("Phần báo cáo")
@PermitAll
public class UnitPartView extends VerticalLayout implements BeforeEnterObserver {

    private final EditorServices services;
    private final ReportService reports;
    private final CurrentActor current;

    UnitPartView(EditorServices services, ReportService reports, CurrentActor current) {
        this.services = services;
        this.reports = reports;
        this.current = current;
        addClassName("unit-part");
    }

    public static RouteParameters to(long reportId, String unitCode) {
        return new RouteParameters(java.util.Map.of("reportId", String.valueOf(reportId), "unitCode", unitCode));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long reportId =
                Long.parseLong(event.getRouteParameters().get("reportId").orElse("0"));
        String unitCode = event.getRouteParameters().get("unitCode").orElse("");
        Actor actor = current.get();
        removeAll();
        try {
            ReportView report = reports.get(actor, reportId);
            ReportView.UnitView unit = report.units().stream()
                    .filter(u -> u.unitCode().equals(unitCode))
                    .findFirst()
                    .orElseThrow(() -> AppException.notFound("error.unit.notFound", unitCode));
            H2 title = new H2(Messages.get("ui.editor.partTitle", unit.unitName(), report.title()));
            title.setId("part-title");
            add(title);
            Paragraph state = new Paragraph(Messages.get("ui.editor.readOnly", StatusLabels.unit(unit.status()))
                    + (unit.submittedAt() == null
                            ? ""
                            : " " + Messages.get("ui.reports.submittedBy") + ": " + unit.submittedBy() + ", "
                                    + Formats.dateTime(unit.submittedAt()) + "."));
            state.addClassName("meta");
            state.setId("part-state");
            add(state);
            for (SectionView section : services.contributions().unitSections(actor, reportId, unitCode)) {
                add(
                        new SectionDisplay(section),
                        new AttachmentsBox(
                                services.attachments(),
                                actor,
                                reportId,
                                section.code(),
                                section.heading(),
                                unitCode,
                                false));
            }
        } catch (AppException e) {
            Notices.error(e);
        }
    }
}
