package vn.dangbo.baocao.inbox.ui;

import com.vaadin.flow.component.UI;
import org.springframework.modulith.NamedInterface;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.ui.Notices;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.inbox.InboxService;

/** Completes a task from a screen: back to the inbox on success, the reasons of a refusal otherwise. */
@NamedInterface("ui")
public final class Completion {

    private Completion() {}

    public static boolean complete(
            InboxService inbox,
            Actor actor,
            String taskId,
            InboxService.Action action,
            String comment,
            String success) {
        try {
            inbox.complete(actor, taskId, action, comment);
        } catch (AppException e) {
            Notices.error(e);
            return false;
        }
        Notices.success(success);
        UI.getCurrent().navigate(InboxView.class);
        return true;
    }
}
