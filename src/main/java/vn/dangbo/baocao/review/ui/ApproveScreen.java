package vn.dangbo.baocao.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.contribution.TaskDetail;
import vn.dangbo.baocao.contribution.TaskDetails;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.inbox.InboxService;
import vn.dangbo.baocao.inbox.TaskView;
import vn.dangbo.baocao.inbox.ui.Completion;
import vn.dangbo.baocao.inbox.ui.TaskHeader;
import vn.dangbo.baocao.inbox.ui.TaskScreen;
import vn.dangbo.baocao.issuance.DocumentModel;
import vn.dangbo.baocao.issuance.IssuanceService;
import vn.dangbo.baocao.issuance.ui.DocumentPreview;
import vn.dangbo.baocao.issuance.ui.DocxLink;
import vn.dangbo.baocao.report.TaskKind;
import vn.dangbo.baocao.review.DraftOutline;

/**
 * The signer reads the whole draft as the document it will be, sees on whose behalf it is signed, and approves
 * it (it is then numbered and issued) or returns it with comments attached to sections.
 */
@org.springframework.stereotype.Component
class ApproveScreen implements TaskScreen {

    private final TaskDetails details;
    private final InboxService inbox;
    private final IssuanceService issuance;
    private final DraftOutline outline;

    ApproveScreen(TaskDetails details, InboxService inbox, IssuanceService issuance, DraftOutline outline) {
        this.details = details;
        this.inbox = inbox;
        this.issuance = issuance;
        this.outline = outline;
    }

    @Override
    public TaskKind kind() {
        return TaskKind.APPROVE;
    }

    @Override
    public Component create(Actor actor, TaskView view) {
        TaskDetail task = details.of(actor, view);
        long reportId = task.task().reportId();
        String id = task.task().id();
        DocumentModel draft = issuance.draft(actor, reportId);
        VerticalLayout layout = new VerticalLayout(new TaskHeader(task.task()), signing(draft.signature()));
        layout.addClassName("approve-screen");

        Button approve = new Button(Messages.get("ui.approve.approve"), e -> {
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setHeader(Messages.get("ui.approve.confirmHeader"));
            dialog.setText(Messages.get("ui.approve.confirmText"));
            Button confirm = new Button(Messages.get("ui.approve.approve"), ok -> {
                dialog.close();
                Completion.complete(
                        inbox, actor, id, InboxService.Action.APPROVE, null, Messages.get("ui.approve.approved"));
            });
            confirm.setId("confirm-approve");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            dialog.setConfirmButton(confirm);
            dialog.setCancelable(true);
            dialog.setCancelText(Messages.get("ui.cancel"));
            dialog.open();
        });
        approve.setId("approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        HorizontalLayout actions = new HorizontalLayout(
                approve,
                DocxLink.of(
                        Messages.get("ui.document.downloadDraft"),
                        "download-preview",
                        () -> issuance.preview(actor, reportId)));
        actions.setAlignItems(HorizontalLayout.Alignment.CENTER);
        layout.add(actions, new DocumentPreview(draft));

        Map<String, String> sections = new LinkedHashMap<>();
        outline.sections(actor, reportId).forEach(s -> sections.put(s.code(), s.heading()));
        layout.add(
                new H3(Messages.get("ui.approve.returnTitle")),
                new AnchoredReturnBox(
                        Messages.get("ui.approve.returnComment"),
                        Messages.get("ui.office.section"),
                        sections,
                        comment -> Completion.complete(
                                inbox,
                                actor,
                                id,
                                InboxService.Action.RETURN,
                                comment,
                                Messages.get("ui.approve.returned"))));
        return layout;
    }

    /** "Ký: T/M BAN THƯỜNG VỤ / BÍ THƯ — Phạm Văn Thắng", as the signature block will read. */
    private static Div signing(DocumentModel.Signature signature) {
        Span label = new Span(Messages.get("ui.approve.signing"));
        label.addClassName("comment-label");
        Span value = new Span(signature.authority() + " / " + signature.title() + " — " + signature.name());
        value.setId("signing-authority");
        Div box = new Div(label, value);
        box.addClassName("signing-box");
        return box;
    }
}
