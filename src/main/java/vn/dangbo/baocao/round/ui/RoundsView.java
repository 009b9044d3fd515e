package vn.dangbo.baocao.round.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.CurrentActor;
import vn.dangbo.baocao.identity.Role;
import vn.dangbo.baocao.round.ChildRequest;
import vn.dangbo.baocao.round.Round;
import vn.dangbo.baocao.round.RoundService;

/**
 * "Đợt báo cáo": the requests from the superior (for a child's office) and the rounds this organisation sent to
 * its children, with "Gửi yêu cầu" for an office that has children.
 */
@Route("dot-bao-cao")
@PageTitle("Đợt báo cáo")
@Menu(title = "Đợt báo cáo", order = 25)
@RolesAllowed({"OFFICE", "LEADERSHIP"})
class RoundsView extends VerticalLayout {

    private final Grid<Round> grid = new Grid<>();

    RoundsView(RoundService rounds, CurrentActor current, Clock clock) {
        Actor actor = current.get();
        if (actor.has(Role.OFFICE)) {
            List<ChildRequest> requests = rounds.requests(actor);
            if (!requests.isEmpty()) {
                add(new RequestsPanel(rounds, actor, requests));
            }
        }
        H2 title = new H2(Messages.get("ui.round.title"));
        HorizontalLayout header = new HorizontalLayout(title);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (actor.has(Role.OFFICE) && !rounds.children(actor).isEmpty()) {
            Button send = new Button(
                    Messages.get("ui.round.send"),
                    VaadinIcon.PAPERPLANE.create(),
                    e -> new SendRoundDialog(
                                    rounds,
                                    actor,
                                    clock,
                                    id -> getUI().ifPresent(ui -> ui.navigate("dot-bao-cao/" + id)))
                            .open());
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            send.setId("send-round");
            header.add(send);
        }
        add(header);

        grid.setId("rounds");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(r -> {
                    Anchor link = new Anchor("dot-bao-cao/" + r.id(), r.title());
                    link.setId("round-" + r.id());
                    return link;
                })
                .setHeader(Messages.get("ui.round.column.title"))
                .setFlexGrow(3);
        grid.addColumn(Round::basisNumber)
                .setHeader(Messages.get("ui.round.column.basisNumber"))
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.dateTime(r.deadline()))
                .setHeader(Messages.get("ui.round.column.deadline"))
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.date(r.createdAt()))
                .setHeader(Messages.get("ui.round.column.sentAt"))
                .setAutoWidth(true);
        grid.addColumn(r -> Messages.get(r.closed() ? "ui.round.state.closed" : "ui.round.state.open"))
                .setHeader(Messages.get("ui.round.column.state"))
                .setAutoWidth(true);
        grid.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate("dot-bao-cao/" + e.getItem().id())));
        grid.setEmptyStateText(Messages.get("ui.round.empty"));
        grid.setAllRowsVisible(true);
        grid.setItems(rounds.rounds(actor));
        add(grid);
    }
}
