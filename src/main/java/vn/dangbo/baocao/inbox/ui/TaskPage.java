package vn.dangbo.baocao.inbox.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.ui.Notices;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.CurrentActor;
import vn.dangbo.baocao.inbox.InboxService;
import vn.dangbo.baocao.inbox.TaskView;

/** One task, shown by the screen of its kind. */
@Route("cong-viec/:taskId")
@PageTitle("Công việc")
@PermitAll
class TaskPage extends Div implements BeforeEnterObserver {

    private final InboxService inbox;
    private final CurrentActor current;
    private final List<TaskScreen> screens;

    TaskPage(InboxService inbox, CurrentActor current, List<TaskScreen> screens) {
        this.inbox = inbox;
        this.current = current;
        this.screens = screens;
        setWidthFull();
        addClassName("task-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String taskId = event.getRouteParameters().get("taskId").orElse("");
        Actor actor = current.get();
        TaskView task;
        try {
            task = inbox.task(actor, taskId);
        } catch (AppException e) {
            Notices.error(e);
            event.forwardTo(InboxView.class);
            return;
        }
        removeAll();
        screens.stream().filter(s -> s.kind() == task.kind()).findFirst().ifPresent(s -> add(s.create(actor, task)));
    }
}
