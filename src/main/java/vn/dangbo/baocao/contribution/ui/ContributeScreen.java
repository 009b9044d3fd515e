package vn.dangbo.baocao.contribution.ui;

import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.inbox.TaskDetail;
import vn.dangbo.baocao.inbox.ui.TaskScreen;
import vn.dangbo.baocao.report.TaskKind;

@org.springframework.stereotype.Component
class ContributeScreen implements TaskScreen {

    private final EditorServices services;

    ContributeScreen(EditorServices services) {
        this.services = services;
    }

    @Override
    public TaskKind kind() {
        return TaskKind.CONTRIBUTE;
    }

    @Override
    public com.vaadin.flow.component.Component create(Actor actor, TaskDetail task) {
        return new ContributeForm(services, actor, task);
    }
}
