package vn.dangbo.baocao.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Instant;
import java.util.List;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.ui.Notices;
import vn.dangbo.baocao.contribution.ContributionService;
import vn.dangbo.baocao.contribution.ui.SectionForm;
import vn.dangbo.baocao.inbox.InboxService;
import vn.dangbo.baocao.inbox.TaskDetail;
import vn.dangbo.baocao.inbox.ui.Completion;
import vn.dangbo.baocao.inbox.ui.TaskHeader;
import vn.dangbo.baocao.inbox.ui.TaskScreen;
import vn.dangbo.baocao.issuance.IssuanceService;
import vn.dangbo.baocao.issuance.ui.DocxLink;
import vn.dangbo.baocao.organisation.Actor;
import vn.dangbo.baocao.report.TaskKind;

/** The office condenses the units' `each` sections, writes its own, downloads the draft and forwards it. */
@org.springframework.stereotype.Component
class ConsolidateScreen implements TaskScreen {

    private final InboxService inbox;
    private final ContributionService contributions;
    private final IssuanceService issuance;

    ConsolidateScreen(InboxService inbox, ContributionService contributions, IssuanceService issuance) {
        this.inbox = inbox;
        this.contributions = contributions;
        this.issuance = issuance;
    }

    @Override
    public TaskKind kind() {
        return TaskKind.CONSOLIDATE;
    }

    @Override
    public Component create(Actor actor, TaskDetail task) {
        long reportId = task.task().reportId();
        VerticalLayout layout = new VerticalLayout(new TaskHeader(task.task()));
        layout.addClassName("consolidate-screen");
        var comment = TaskHeader.comment(task.lastComment(), Messages.get("ui.consolidate.returned"));
        if (comment != null) {
            layout.add(comment);
        }
        Paragraph help = new Paragraph(Messages.get("ui.consolidate.help"));
        help.addClassName("meta");
        layout.add(help);
        List<SectionForm> forms = contributions.officeSections(actor, reportId).stream().map(SectionForm::new)
                .toList();
        forms.forEach(layout::add);

        Span savedAt = new Span();
        savedAt.setId("saved-at");
        Button save = new Button(Messages.get("ui.contribute.save"), e -> {
            if (save(actor, reportId, forms)) {
                savedAt.setText(Messages.get("ui.contribute.savedAt", Formats.time(Instant.now())));
            }
        });
        save.setId("save");
        Button forward = new Button(Messages.get("ui.consolidate.forward"), e -> {
            ConfirmDialog dialog = new ConfirmDialog(Messages.get("ui.consolidate.confirmHeader"),
                    Messages.get("ui.consolidate.confirmText"), Messages.get("ui.consolidate.forward"), ok -> {
                        if (save(actor, reportId, forms)) {
                            Completion.complete(inbox, actor, task.task().id(), InboxService.Action.FORWARD, null,
                                    Messages.get("ui.consolidate.forwarded"));
                        }
                    });
            dialog.setCancelable(true);
            dialog.setCancelText(Messages.get("ui.cancel"));
            dialog.open();
        });
        forward.setId("forward");
        forward.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(save, forward,
                DocxLink.of(Messages.get("ui.document.downloadDraft"), "download-preview",
                        () -> issuance.preview(actor, reportId)), savedAt);
        actions.addClassName("actions");
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        layout.add(actions);
        return layout;
    }

    /** Saves only what the office changed: an untouched `each` section keeps the units' texts unit by unit. */
    private boolean save(Actor actor, long reportId, List<SectionForm> forms) {
        for (SectionForm form : forms) {
            if (!form.dirty()) {
                continue;
            }
            try {
                form.saved(contributions.save(actor, reportId, form.section().code(), form.section().unitCode(),
                        form.items(), form.version(), true));
            } catch (AppException e) {
                Notices.error(e);
                return false;
            }
        }
        return true;
    }
}
