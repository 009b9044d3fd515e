package vn.dangbo.baocao.inbox.ui;

import com.vaadin.flow.component.Component;
import org.springframework.modulith.NamedInterface;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.inbox.TaskView;
import vn.dangbo.baocao.report.TaskKind;

/**
 * The screen of one kind of task, contributed by the feature that owns the decision (a Spring bean), so that
 * the task page stays the same when a kind is added.
 */
@NamedInterface("ui")
public interface TaskScreen {

    TaskKind kind();

    Component create(Actor actor, TaskView task);
}
