package vn.dangbo.baocao.contribution.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Instant;
import java.util.List;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.ui.Notices;
import vn.dangbo.baocao.contribution.ContributionService;
import vn.dangbo.baocao.inbox.InboxService;
import vn.dangbo.baocao.inbox.TaskDetail;
import vn.dangbo.baocao.inbox.ui.TaskHeader;
import vn.dangbo.baocao.organisation.Actor;

/** A unit's task: write its sections, save drafts, submit. */
class ContributeForm extends VerticalLayout {

    private final ContributionService contributions;
    private final InboxService inbox;
    private final Actor actor;
    private final TaskDetail task;
    private final List<SectionForm> forms;
    private final Span savedAt = new Span();

    ContributeForm(ContributionService contributions, InboxService inbox, Actor actor, TaskDetail task) {
        this.contributions = contributions;
        this.inbox = inbox;
        this.actor = actor;
        this.task = task;
        addClassName("contribute-form");
        add(new TaskHeader(task.task()));
        var comment = TaskHeader.comment(task.lastComment(), Messages.get("ui.contribute.returned"));
        if (comment != null) {
            add(comment);
        }
        forms = task.sections().stream().map(SectionForm::new).toList();
        forms.forEach(this::add);

        Button save = new Button(Messages.get("ui.contribute.save"), e -> {
            if (saveAll()) {
                savedAt.setText(Messages.get("ui.contribute.savedAt", Formats.time(Instant.now())));
            }
        });
        save.setId("save");
        Button submit = new Button(Messages.get("ui.contribute.submit"), e -> confirmSubmit());
        submit.setId("submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        savedAt.setId("saved-at");
        savedAt.addClassName("meta");
        HorizontalLayout actions = new HorizontalLayout(save, submit, savedAt);
        actions.addClassName("actions");
        actions.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        add(actions);
    }

    /** Saves the changed sections as drafts; on a refusal keeps what the user typed and says why. */
    private boolean saveAll() {
        for (SectionForm form : forms) {
            if (!form.dirty()) {
                continue;
            }
            try {
                int version = contributions.save(actor, task.task().reportId(), form.section().code(),
                        form.section().unitCode(), form.items(), form.version(), true);
                form.saved(version);
            } catch (AppException e) {
                Notices.error(e);
                return false;
            }
        }
        return true;
    }

    private void confirmSubmit() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("submit-dialog");
        dialog.setHeader(Messages.get("ui.contribute.confirmHeader"));
        dialog.setText(Messages.get("ui.contribute.confirmText"));
        Button confirm = new Button(Messages.get("ui.contribute.submit"), e -> {
            dialog.close();
            submit();
        });
        confirm.setId("confirm-submit");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.setConfirmButton(confirm);
        dialog.setCancelable(true);
        dialog.setCancelText(Messages.get("ui.cancel"));
        dialog.open();
    }

    private void submit() {
        if (!saveAll()) {
            return;
        }
        try {
            inbox.complete(actor, task.task().id(), InboxService.Action.SUBMIT, null);
        } catch (AppException e) {
            Notices.error(e);
            return;
        }
        Notices.success(Messages.get("ui.contribute.submitted"));
        UI.getCurrent().navigate("");
    }
}
