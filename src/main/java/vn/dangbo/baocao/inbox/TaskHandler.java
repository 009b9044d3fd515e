package vn.dangbo.baocao.inbox;

import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.report.TaskKind;
import vn.dangbo.baocao.report.WorkTask;

/**
 * The decision on one kind of task, offered by the module that owns it (a Spring bean). It takes its own locks
 * and completes the task in its own transaction, with the state change and the audit entry.
 */
public interface TaskHandler {

    TaskKind kind();

    void complete(Actor actor, String taskId, InboxService.Action action, String comment);

    /** The same with the task as the dispatcher read it: a handler that needs no re-read overrides this. */
    default void complete(Actor actor, WorkTask task, InboxService.Action action, String comment) {
        complete(actor, task.id(), action, comment);
    }
}
