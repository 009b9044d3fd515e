package vn.dangbo.baocao.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.ui.Ids;
import vn.dangbo.baocao.common.ui.Notices;
import vn.dangbo.baocao.contribution.ContributionService;
import vn.dangbo.baocao.contribution.SectionEdit;
import vn.dangbo.baocao.contribution.TaskDetail;
import vn.dangbo.baocao.contribution.TaskDetails;
import vn.dangbo.baocao.contribution.ui.SectionForm;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.inbox.TaskView;
import vn.dangbo.baocao.inbox.ui.TaskHeader;
import vn.dangbo.baocao.inbox.ui.TaskScreen;
import vn.dangbo.baocao.issuance.DraftWarnings;
import vn.dangbo.baocao.issuance.IssuanceService;
import vn.dangbo.baocao.issuance.ui.DocumentPreview;
import vn.dangbo.baocao.issuance.ui.DocxLink;
import vn.dangbo.baocao.report.AnchoredComment;
import vn.dangbo.baocao.report.BoardService;
import vn.dangbo.baocao.report.ProgressBoard;
import vn.dangbo.baocao.report.TaskKind;
import vn.dangbo.baocao.review.Consolidation;

/**
 * The office's consolidation: the signer's return comments on top (and above the sections they name), its own
 * sections and the units' `each` texts merged unit by unit to condense, any unit's part to correct (the unit's
 * submitted version stays in the history), the pre-assembled draft with its aggregate tables, and forwarding.
 */
@org.springframework.stereotype.Component
class ConsolidateScreen implements TaskScreen {

    private final TaskDetails details;
    private final ContributionService contributions;
    private final IssuanceService issuance;
    private final BoardService boards;
    private final DraftWarnings draftWarnings;
    private final Consolidation consolidation;
    private final Clock clock;

    ConsolidateScreen(
            TaskDetails details,
            ContributionService contributions,
            IssuanceService issuance,
            BoardService boards,
            DraftWarnings draftWarnings,
            Consolidation consolidation,
            Clock clock) {
        this.details = details;
        this.consolidation = consolidation;
        this.clock = clock;
        this.draftWarnings = draftWarnings;
        this.contributions = contributions;
        this.issuance = issuance;
        this.boards = boards;
    }

    @Override
    public TaskKind kind() {
        return TaskKind.CONSOLIDATE;
    }

    @Override
    public Component create(Actor actor, TaskView view) {
        TaskDetail task = details.of(actor, view);
        long reportId = task.task().reportId();
        VerticalLayout layout = new VerticalLayout(new TaskHeader(task.task()));
        layout.addClassName("consolidate-screen");
        List<AnchoredComment> comments = task.lastComment() == null
                ? List.of()
                : AnchoredComment.parse(task.lastComment().body());
        Div returned = TaskHeader.comment(task.lastComment(), Messages.get("ui.consolidate.returned"));
        if (returned != null) {
            layout.add(returned);
        }
        Paragraph help = new Paragraph(Messages.get("ui.consolidate.help"));
        help.addClassName("meta");
        layout.add(help);
        java.util.List<String> warnings = draftWarnings.of(actor, reportId);
        if (!warnings.isEmpty()) {
            Span label = new Span(Messages.get("ui.consolidate.warnings"));
            label.addClassName("comment-label");
            com.vaadin.flow.component.html.UnorderedList list = new com.vaadin.flow.component.html.UnorderedList();
            warnings.forEach(w -> list.add(new com.vaadin.flow.component.html.ListItem(w)));
            Div box = new Div(label, list);
            box.setId("draft-warnings");
            box.addClassName("returned-comment");
            layout.add(box);
        }

        List<SectionForm> forms = new ArrayList<>();
        layout.add(new H3(Messages.get("ui.office.officeSections")));
        vn.dangbo.baocao.contribution.ui.OutlineHeadings outline =
                new vn.dangbo.baocao.contribution.ui.OutlineHeadings();
        Span savedAt = new Span();
        savedAt.setId("saved-at");
        List<ProgressBoard.UnitProgress> boardUnits =
                boards.board(actor, reportId).units();
        contributions.officeSections(actor, reportId).forEach(section -> {
            outline.before(section).forEach(layout::add);
            attached(comments, section.code()).forEach(layout::add);
            SectionForm form = new SectionForm(section);
            form.checkTablesWith((item, table, rows) ->
                    contributions.checkTable(actor, reportId, section.code(), section.unitCode(), item, table, rows));
            // the office's own parts autosave as drafts, like a unit's: a long consolidation loses nothing
            form.autosaveWith(() -> autosave(actor, reportId, form, savedAt));
            forms.add(form);
            layout.add(form);
            if ("each".equals(section.owner())) {
                layout.add(new UnitSources(contributions, actor, reportId, section.code(), boardUnits));
            }
        });

        layout.add(new H3(Messages.get("ui.office.unitParts")));
        Paragraph unitHelp = new Paragraph(Messages.get("ui.office.unitPartsHelp"));
        unitHelp.addClassName("meta");
        layout.add(unitHelp);
        for (ProgressBoard.UnitProgress unit : boardUnits) {
            VerticalLayout body = new VerticalLayout();
            body.setPadding(false);
            Details details = new Details(unit.unitName(), body);
            details.setId(Ids.of("unit-part", unit.unitCode()));
            details.setWidthFull();
            details.addOpenedChangeListener(e -> {
                if (e.isOpened() && body.getComponentCount() == 0) {
                    contributions.unitSections(actor, reportId, unit.unitCode()).forEach(section -> {
                        attached(comments, section.code()).forEach(body::add);
                        SectionForm form = new SectionForm(section);
                        form.checkTablesWith((item, table, rows) -> contributions.checkTable(
                                actor, reportId, section.code(), section.unitCode(), item, table, rows));
                        forms.add(form);
                        body.add(form);
                    });
                }
            });
            layout.add(details);
        }

        Details preview = new Details(Messages.get("ui.office.preview"));
        preview.setId("draft-preview");
        preview.setWidthFull();
        preview.addOpenedChangeListener(e -> {
            // the preview shows what is on screen: unsaved edits are saved first
            if (e.isOpened() && save(actor, reportId, forms)) {
                preview.removeAll();
                preview.add(new DocumentPreview(issuance.draft(actor, reportId)));
            }
        });
        layout.add(preview);

        Button save = new Button(Messages.get("ui.contribute.save"), e -> {
            if (save(actor, reportId, forms)) {
                savedAt.setText(Messages.get("ui.contribute.savedAt", Formats.time(clock.instant())));
                if (preview.isOpened()) {
                    preview.removeAll();
                    preview.add(new DocumentPreview(issuance.draft(actor, reportId)));
                }
            }
        });
        save.setId("save");
        Button forward = new Button(Messages.get("ui.consolidate.forward"), e -> {
            ConfirmDialog dialog = new ConfirmDialog(
                    Messages.get("ui.consolidate.confirmHeader"),
                    Messages.get("ui.consolidate.confirmText"),
                    Messages.get("ui.consolidate.forward"),
                    ok -> forward(actor, task.task().id(), forms));
            dialog.setCancelable(true);
            dialog.setCancelText(Messages.get("ui.cancel"));
            dialog.open();
        });
        forward.setId("forward");
        forward.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(
                save,
                forward,
                DocxLink.of(
                        Messages.get("ui.document.downloadDraft"),
                        "download-preview",
                        () -> issuance.preview(actor, reportId)),
                savedAt);
        actions.addClassName("actions");
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        layout.add(actions);
        return layout;
    }

    /** The signer's comments naming a section, shown just above it. */
    private static List<Div> attached(List<AnchoredComment> comments, String code) {
        return comments.stream()
                .filter(c -> code.equals(c.code()))
                .map(c -> {
                    Span label = new Span(Messages.get("ui.office.commentOn", code));
                    label.addClassName("comment-label");
                    Div box = new Div(label, new Paragraph(c.text()));
                    box.addClassName("anchored-comment");
                    box.setId(Ids.of("comment-on", code));
                    return box;
                })
                .toList();
    }

    /**
     * Saves only what the office changed: an untouched `each` section keeps the units' texts unit by unit, and
     * a unit's part it corrects becomes a new version after the unit's own.
     */
    private void autosave(Actor actor, long reportId, SectionForm form, Span savedAt) {
        if (!form.dirty()) {
            return;
        }
        try {
            contributions.autosave(
                    actor, reportId, form.section().code(), form.section().unitCode(), form.items(), form.version());
            form.draftSaved();
            savedAt.setText(Messages.get("ui.contribute.savedAt", Formats.time(clock.instant())));
        } catch (AppException e) {
            Notices.error(e);
        }
    }

    /** The unsaved edits and the forwarding in one transaction: a refusal keeps every edit on screen. */
    private void forward(Actor actor, String taskId, List<SectionForm> forms) {
        List<SectionEdit> edits = forms.stream()
                .filter(SectionForm::unsavedVersion)
                .map(f -> new SectionEdit(f.section().code(), f.section().unitCode(), f.items(), f.version()))
                .toList();
        try {
            consolidation.saveAndForward(actor, taskId, edits);
        } catch (AppException e) {
            Notices.error(e);
            return;
        }
        Notices.success(Messages.get("ui.consolidate.forwarded"));
        UI.getCurrent().navigate("");
    }

    private boolean save(Actor actor, long reportId, List<SectionForm> forms) {
        for (SectionForm form : forms) {
            if (!form.unsavedVersion()) {
                continue;
            }
            try {
                form.saved(contributions.save(
                        actor,
                        reportId,
                        form.section().code(),
                        form.section().unitCode(),
                        form.items(),
                        form.version(),
                        true));
            } catch (AppException e) {
                Notices.error(e);
                return false;
            }
        }
        return true;
    }
}
