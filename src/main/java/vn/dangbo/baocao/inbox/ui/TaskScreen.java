package vn.dangbo.baocao.inbox.ui;

import com.vaadin.flow.component.Component;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.inbox.TaskDetail;
import vn.dangbo.baocao.report.TaskKind;

/**
 * The screen of one kind of task, contributed by the feature that owns the decision (a Spring bean), so that
 * the task page stays the same when a kind is added.
 */
public interface TaskScreen {

    TaskKind kind();

    Component create(Actor actor, TaskDetail task);
}
