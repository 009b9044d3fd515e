package vn.dangbo.baocao.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.inbox.InboxService;
import vn.dangbo.baocao.inbox.TaskDetail;
import vn.dangbo.baocao.inbox.ui.Completion;
import vn.dangbo.baocao.inbox.ui.ReturnBox;
import vn.dangbo.baocao.inbox.ui.TaskHeader;
import vn.dangbo.baocao.inbox.ui.TaskScreen;
import vn.dangbo.baocao.issuance.IssuanceService;
import vn.dangbo.baocao.issuance.ui.DocumentPreview;
import vn.dangbo.baocao.issuance.ui.DocxLink;
import vn.dangbo.baocao.organisation.Actor;
import vn.dangbo.baocao.report.TaskKind;

/** The signer reads the whole draft and approves it (it is then numbered and issued) or returns it. */
@org.springframework.stereotype.Component
class ApproveScreen implements TaskScreen {

    private final InboxService inbox;
    private final IssuanceService issuance;

    ApproveScreen(InboxService inbox, IssuanceService issuance) {
        this.inbox = inbox;
        this.issuance = issuance;
    }

    @Override
    public TaskKind kind() {
        return TaskKind.APPROVE;
    }

    @Override
    public Component create(Actor actor, TaskDetail task) {
        long reportId = task.task().reportId();
        String id = task.task().id();
        VerticalLayout layout = new VerticalLayout(new TaskHeader(task.task()),
                DocxLink.of(Messages.get("ui.document.downloadDraft"), "download-preview",
                        () -> issuance.preview(actor, reportId)),
                new DocumentPreview(issuance.draft(actor, reportId)));
        layout.addClassName("approve-screen");
        Button approve = new Button(Messages.get("ui.approve.approve"), e -> {
            ConfirmDialog dialog = new ConfirmDialog(Messages.get("ui.approve.confirmHeader"), Messages.get("ui.approve.confirmText"),
                    Messages.get("ui.approve.approve"), ok -> Completion.complete(inbox, actor, id,
                            InboxService.Action.APPROVE, null, Messages.get("ui.approve.approved")));
            dialog.setCancelable(true);
            dialog.setCancelText(Messages.get("ui.cancel"));
            dialog.open();
        });
        approve.setId("approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        layout.add(approve, new ReturnBox(Messages.get("ui.approve.returnComment"), comment -> Completion.complete(inbox,
                actor, id, InboxService.Action.RETURN, comment, Messages.get("ui.approve.returned"))));
        return layout;
    }
}
