package vn.dangbo.baocao.round.ui;

import java.util.List;
import java.util.Optional;
import vn.dangbo.baocao.common.ui.HomePanel;
import vn.dangbo.baocao.identity.CurrentActor;
import vn.dangbo.baocao.identity.Role;
import vn.dangbo.baocao.round.ChildRequest;
import vn.dangbo.baocao.round.RoundService;

/** The requests the office still has to act on (confirm, or correct after a return), at the top of its inbox. */
@org.springframework.stereotype.Component
class RequestsHomePanel implements HomePanel {

    private final RoundService rounds;
    private final CurrentActor current;

    RequestsHomePanel(RoundService rounds, CurrentActor current) {
        this.rounds = rounds;
        this.current = current;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> panel() {
        return current.find().filter(actor -> actor.has(Role.OFFICE)).flatMap(actor -> {
            List<ChildRequest> open = rounds.requests(actor).stream()
                    .filter(r -> "REQUESTED".equals(r.state()) || "RETURNED".equals(r.state()))
                    .toList();
            return open.isEmpty() ? Optional.empty() : Optional.of(new RequestsPanel(rounds, actor, open));
        });
    }
}
