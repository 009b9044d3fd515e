package vn.dangbo.baocao.round.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.ui.Notices;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.round.ChildRequest;
import vn.dangbo.baocao.round.RoundService;

/** "Yêu cầu từ cấp trên": the superiors' requests to the office, each with what the office can do about it. */
class RequestsPanel extends Div {

    RequestsPanel(RoundService rounds, Actor actor, List<ChildRequest> requests) {
        setId("round-requests");
        addClassName("round-requests");
        add(new H3(Messages.get("ui.requests.title")));
        for (ChildRequest request : requests) {
            add(line(rounds, actor, request));
        }
    }

    private static Div line(RoundService rounds, Actor actor, ChildRequest request) {
        Div box = new Div();
        box.setId("request-" + request.roundId());
        box.addClassName("round-request");
        Span text = new Span(Messages.get(
                "ui.requests.line", request.superiorName(), request.title(), Formats.dateTime(request.deadline())));
        text.getStyle().set("font-weight", "600");
        Span state = new Span(" · " + Messages.get("ui.requests.state." + request.state()));
        state.setId("request-state-" + request.roundId());
        if ("REQUESTED".equals(request.state()) || "RETURNED".equals(request.state())) {
            state.addClassName("overdue");
        }
        Paragraph basis = new Paragraph(request.basis());
        basis.addClassName("meta");
        HorizontalLayout bar = new HorizontalLayout();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (request.returnComment() != null && "RETURNED".equals(request.state())) {
            Span returned = new Span(Messages.get("ui.requests.returned", request.returnComment()));
            returned.addClassName("returned-comment");
            box.add(returned);
        }
        if ("REQUESTED".equals(request.state()) || "RETURNED".equals(request.state())) {
            boolean correction = "RETURNED".equals(request.state());
            Button confirm = new Button(
                    Messages.get(correction ? "ui.requests.correction" : "ui.requests.confirm"),
                    e -> confirm(rounds, actor, request, correction));
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            confirm.setId("confirm-request-" + request.roundId());
            bar.add(confirm);
        }
        if (request.reportId() != null) {
            Button open = new Button(
                    Messages.get("ui.requests.openReport"),
                    e -> UI.getCurrent().navigate("bao-cao/" + request.reportId()));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            open.setId("request-report-" + request.roundId());
            bar.add(open);
        }
        box.add(new Div(text, state), basis, bar);
        return box;
    }

    private static void confirm(RoundService rounds, Actor actor, ChildRequest request, boolean correction) {
        String text = Messages.get("ui.requests.confirmText") + " " + Messages.get("ui.requests.recipients") + ": "
                + String.join(" ", request.recipients());
        new ConfirmDialog(
                        Messages.get("ui.requests.confirmTitle", request.title()),
                        text,
                        rounds.choices(actor),
                        request.templateId(),
                        correction ? Messages.get("ui.requests.correctionReason") : null,
                        Messages.get(correction ? "ui.requests.correction" : "ui.requests.confirm"),
                        command -> rounds.confirm(actor, request.roundId(), command),
                        id -> {
                            Notices.success(Messages.get("ui.requests.opened"));
                            UI.getCurrent().navigate("bao-cao/" + id);
                        })
                .open();
    }
}
