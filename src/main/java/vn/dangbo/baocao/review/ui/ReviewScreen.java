package vn.dangbo.baocao.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.contribution.ui.SectionDisplay;
import vn.dangbo.baocao.inbox.InboxService;
import vn.dangbo.baocao.inbox.TaskDetail;
import vn.dangbo.baocao.inbox.ui.Completion;
import vn.dangbo.baocao.inbox.ui.ReturnBox;
import vn.dangbo.baocao.inbox.ui.TaskHeader;
import vn.dangbo.baocao.inbox.ui.TaskScreen;
import vn.dangbo.baocao.organisation.Actor;
import vn.dangbo.baocao.report.TaskKind;

/** The office reads a unit's submission and accepts it or returns it with a comment. */
@org.springframework.stereotype.Component
class ReviewScreen implements TaskScreen {

    private final InboxService inbox;

    ReviewScreen(InboxService inbox) {
        this.inbox = inbox;
    }

    @Override
    public TaskKind kind() {
        return TaskKind.REVIEW;
    }

    @Override
    public Component create(Actor actor, TaskDetail task) {
        VerticalLayout layout = new VerticalLayout(new TaskHeader(task.task()));
        layout.addClassName("review-screen");
        task.sections().forEach(s -> layout.add(new SectionDisplay(s)));
        String id = task.task().id();
        Button accept = new Button(Messages.get("ui.review.accept"), e -> Completion.complete(inbox, actor, id,
                InboxService.Action.ACCEPT, null, Messages.get("ui.review.accepted")));
        accept.setId("accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        layout.add(accept, new ReturnBox(Messages.get("ui.review.returnComment"), comment -> Completion.complete(inbox,
                actor, id, InboxService.Action.RETURN, comment, Messages.get("ui.review.returned"))));
        return layout;
    }
}
