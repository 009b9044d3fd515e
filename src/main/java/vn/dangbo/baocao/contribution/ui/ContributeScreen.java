package vn.dangbo.baocao.contribution.ui;

import vn.dangbo.baocao.contribution.TaskDetails;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.inbox.TaskView;
import vn.dangbo.baocao.inbox.ui.TaskScreen;
import vn.dangbo.baocao.report.TaskKind;

@org.springframework.stereotype.Component
class ContributeScreen implements TaskScreen {

    private final EditorServices services;
    private final TaskDetails details;

    ContributeScreen(EditorServices services, TaskDetails details) {
        this.services = services;
        this.details = details;
    }

    @Override
    public TaskKind kind() {
        return TaskKind.CONTRIBUTE;
    }

    @Override
    public com.vaadin.flow.component.Component create(Actor actor, TaskView task) {
        return new ContributeForm(services, actor, details.of(actor, task));
    }
}
