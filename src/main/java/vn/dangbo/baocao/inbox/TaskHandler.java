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

    /** Completes the task {@code found} as the dispatcher read it (re-read under the handler's lock if needed). */
    void complete(Actor actor, WorkTask found, InboxService.Action action, String comment);
}
