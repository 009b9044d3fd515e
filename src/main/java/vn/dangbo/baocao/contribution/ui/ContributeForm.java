package vn.dangbo.baocao.contribution.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.Violation;
import vn.dangbo.baocao.common.ui.Notices;
import vn.dangbo.baocao.contribution.Proposals;
import vn.dangbo.baocao.contribution.SectionView;
import vn.dangbo.baocao.contribution.TaskDetail;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.inbox.InboxService;
import vn.dangbo.baocao.inbox.ui.TaskHeader;
import vn.dangbo.baocao.report.AnchoredComment;
import vn.dangbo.baocao.report.ReportComment;
import vn.dangbo.baocao.report.UnitStatus;

/**
 * A unit's task: write its sections (saved as drafts while typing), take last period's content or a Word
 * file, attach phụ lục, see what changed since a returned submission, and submit.
 */
class ContributeForm extends VerticalLayout {

    static final int WORD_MAX_BYTES = 5 << 20;

    private final EditorServices services;
    private final Actor actor;
    private final String taskId;
    private final long reportId;
    private final String unitCode;
    private final Span savedAt = new Span();
    private final Div body = new Div();
    private final List<SectionForm> forms = new ArrayList<>();
    private final Map<String, DiffPanel> diffs = new HashMap<>();
    private Map<String, Integer> submitted = Map.of();
    private Map<String, String> labels = Map.of();
    private final ReportComment returnComment;

    ContributeForm(EditorServices services, Actor actor, TaskDetail task) {
        this.services = services;
        this.actor = actor;
        this.taskId = task.task().id();
        this.reportId = task.task().reportId();
        this.unitCode = task.task().unitCode();
        addClassName("contribute-form");
        add(new TaskHeader(task.task()));
        this.returnComment = task.lastComment();
        java.util.Set<String> codes = new java.util.HashSet<>();
        task.sections().forEach(sec -> {
            codes.add(sec.code());
            sec.items().forEach(i -> codes.add(i.code()));
        });
        var comment = TaskHeader.comment(task.lastComment(), Messages.get("ui.contribute.returned"), codes::contains);
        if (comment != null) {
            add(comment);
        }
        if (task.task().unitStatus() == UnitStatus.RETURNED) {
            submitted = services.versions().lastSubmittedVersions(actor, reportId, unitCode);
        }
        add(toolbar());
        body.setWidthFull();
        add(body);
        show(task.sections());

        Button save = new Button(Messages.get("ui.contribute.save"), e -> {
            if (saveAll()) {
                stampSaved();
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

    private HorizontalLayout toolbar() {
        Button carry =
                new Button(Messages.get("ui.editor.carry"), VaadinIcon.ARROW_BACKWARD.create(), e -> carryForward());
        carry.setId("carry-forward");
        Upload word = vn.dangbo.baocao.common.ui.VietnameseUpload.apply(new Upload(UploadHandler.inMemory(
                (metadata, data) -> getUI().ifPresent(ui -> ui.access(() -> importWord(metadata.fileName(), data))))));
        word.setId("word-upload");
        word.setAcceptedFileTypes(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        word.setMaxFileSize(WORD_MAX_BYTES);
        word.setMaxFiles(1);
        word.setDropAllowed(false);
        word.setUploadButton(new Button(Messages.get("ui.editor.import"), VaadinIcon.FILE_TEXT_O.create()));
        word.addFileRejectedListener(e -> Notices.error(
                e.getErrorMessage() != null
                                && e.getErrorMessage().toLowerCase(Locale.ROOT).contains("type")
                        ? Messages.get("ui.editor.importWrongType")
                        : Messages.get("ui.editor.importTooLarge")));
        word.addSucceededListener(e -> word.clearFileList());
        Span hint = new Span(Messages.get("ui.editor.importHint"));
        hint.addClassName("meta");
        HorizontalLayout bar = new HorizontalLayout(carry, word, hint);
        bar.addClassName("editor-tools");
        bar.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        return bar;
    }

    /** The parts of the return comment about an item or a section, next to it. */
    private void placeComments() {
        if (returnComment == null) {
            return;
        }
        for (AnchoredComment part : AnchoredComment.parse(returnComment.body())) {
            if (part.code() == null) {
                continue;
            }
            for (SectionForm form : forms) {
                if (form.section().code().equals(part.code())) {
                    form.addUnderHeading(TaskHeader.commentAt(returnComment, part));
                    break;
                }
                if (form.addAtItem(part.code(), TaskHeader.commentAt(returnComment, part))) {
                    break;
                }
            }
        }
    }

    /** (Re)builds the sections from the server's content. */
    private void show(List<SectionView> sections) {
        body.removeAll();
        forms.clear();
        diffs.clear();
        Map<String, String> names = new HashMap<>();
        OutlineHeadings outline = new OutlineHeadings();
        for (SectionView section : sections) {
            outline.before(section).forEach(body::add);
            section.items().forEach(i -> i.indicatorDefinitions().forEach(d -> names.put(d.key(), d.label())));
            SectionForm form = new SectionForm(section);
            form.checkWith((item, raw) ->
                    services.contributions().checkItem(actor, reportId, section.code(), section.unitCode(), item, raw));
            form.checkTablesWith((item, table, rows) -> services.contributions()
                    .checkTable(actor, reportId, section.code(), section.unitCode(), item, table, rows));
            form.autosaveWith(() -> autosave(form));
            forms.add(form);
            Integer before = submitted.get(section.code());
            if (before != null) {
                DiffPanel diff = new DiffPanel(section.code());
                diffs.put(section.code(), diff);
                form.addUnderHeading(diff);
                refreshDiff(form);
            }
            body.add(
                    form,
                    new AttachmentsBox(
                            services.attachments(),
                            actor,
                            reportId,
                            section.code(),
                            section.heading(),
                            section.unitCode(),
                            true));
        }
        labels = names;
        placeComments();
    }

    private void reloadAll() {
        show(services.details().of(actor, taskId).sections());
    }

    private void refreshDiff(SectionForm form) {
        DiffPanel panel = diffs.get(form.section().code());
        Integer before = submitted.get(form.section().code());
        if (panel == null || before == null || form.version() == 0) {
            return;
        }
        try {
            panel.show(services.versions()
                    .diffToNow(
                            actor,
                            reportId,
                            form.section().code(),
                            form.section().unitCode(),
                            before));
        } catch (AppException e) {
            Notices.error(e);
        }
    }

    /** Autosave: a changed section goes to its draft row (no version, no audit entry). */
    private boolean autosave(SectionForm form) {
        if (!form.dirty()) {
            return true;
        }
        return store(form, () -> {
            services.contributions()
                    .autosave(
                            actor,
                            reportId,
                            form.section().code(),
                            form.section().unitCode(),
                            form.items(),
                            form.version());
            form.draftSaved();
        });
    }

    /** An explicit save (and before importing or carrying forward): what changed becomes a version. */
    private boolean saveVersion(SectionForm form) {
        if (!form.unsavedVersion()) {
            return true;
        }
        return store(
                form,
                () -> form.saved(services.contributions()
                        .save(
                                actor,
                                reportId,
                                form.section().code(),
                                form.section().unitCode(),
                                form.items(),
                                form.version(),
                                true)));
    }

    /** Runs a save; a refusal keeps what is on screen and says why. */
    private boolean store(SectionForm form, Runnable save) {
        try {
            save.run();
            form.recheck();
            stampSaved();
            refreshDiff(form);
            return true;
        } catch (AppException e) {
            if (e.status() == HttpStatus.CONFLICT && staleReloaded(form)) {
                return false;
            }
            if (!e.violations().isEmpty()) {
                form.showProblems(e.violations());
                savedAt.setText(Messages.get("ui.editor.notSaved"));
            } else {
                Notices.error(e);
            }
            return false;
        }
    }

    /** Someone saved a newer version (another tab, a colleague): show it and say so. */
    private boolean staleReloaded(SectionForm form) {
        SectionView fresh = services.contributions()
                .section(actor, reportId, form.section().code(), form.section().unitCode());
        if (fresh.version() == form.version()) {
            return false;
        }
        form.reload(fresh);
        refreshDiff(form);
        Notices.error(Messages.get("ui.editor.stale", fresh.heading(), fresh.version()));
        return true;
    }

    private void stampSaved() {
        savedAt.setText(Messages.get(
                "ui.contribute.savedAt", Formats.time(services.clock().instant())));
    }

    private boolean saveAll() {
        boolean ok = true;
        for (SectionForm form : forms) {
            ok &= saveVersion(form);
        }
        return ok;
    }

    /** Before submitting: what is typed reaches the drafts; the submission turns them into versions. */
    private boolean autosaveAll() {
        boolean ok = true;
        for (SectionForm form : forms) {
            ok &= autosave(form);
        }
        return ok;
    }

    private void carryForward() {
        if (!saveAll()) {
            return;
        }
        Proposals.Preview preview;
        try {
            preview = services.carryForward().preview(actor, reportId, unitCode);
        } catch (AppException e) {
            // no earlier accepted part: a fact to tell, not an error
            if (e.status() == HttpStatus.NOT_FOUND) {
                Notices.info(e.getMessage());
            } else {
                Notices.error(e);
            }
            return;
        }
        if (preview.sections().isEmpty()) {
            Notices.info(Messages.get("ui.editor.carryNone"));
            return;
        }
        new ProposalDialog(
                        "carry",
                        Messages.get("ui.editor.carryHeader", preview.source()),
                        Messages.get("ui.editor.carryText"),
                        Messages.get("ui.editor.carryApply"),
                        preview,
                        labels,
                        changes -> {
                            try {
                                services.carryForward().apply(actor, reportId, unitCode, changes);
                                Notices.success(Messages.get("ui.editor.carried"));
                            } catch (AppException e) {
                                Notices.error(e);
                            }
                            reloadAll();
                            stampSaved();
                        })
                .open();
    }

    private void importWord(String fileName, byte[] data) {
        if (data.length > WORD_MAX_BYTES) {
            Notices.error(Messages.get("ui.editor.importTooLarge"));
            return;
        }
        if (!saveAll()) {
            return;
        }
        Proposals.Preview preview;
        try {
            preview = services.wordImport().preview(actor, reportId, unitCode, fileName, data);
        } catch (AppException e) {
            Notices.error(e);
            return;
        }
        if (preview.sections().isEmpty()) {
            Notices.error(Messages.get("ui.editor.importNone"));
            return;
        }
        new ProposalDialog(
                        "import",
                        Messages.get("ui.editor.importHeader", preview.source()),
                        Messages.get("ui.editor.importText"),
                        Messages.get("ui.editor.importApply"),
                        preview,
                        labels,
                        changes -> {
                            try {
                                services.wordImport().apply(actor, reportId, unitCode, changes);
                                Notices.success(Messages.get("ui.editor.imported"));
                            } catch (AppException e) {
                                Notices.error(e);
                            }
                            reloadAll();
                            stampSaved();
                        })
                .open();
    }

    /** Saves, then lists what still blocks the submission, or asks for confirmation when nothing does. */
    private void confirmSubmit() {
        if (!autosaveAll()) {
            return;
        }
        List<Violation> problems = services.contributions().unitProblems(actor, reportId, unitCode);
        forms.forEach(f -> f.showProblems(problems));
        Dialog dialog = new Dialog();
        dialog.setId("submit-dialog");
        dialog.setWidth("min(45em, 95vw)");
        if (problems.isEmpty()) {
            dialog.setHeaderTitle(Messages.get("ui.contribute.confirmHeader"));
            dialog.add(new Paragraph(Messages.get("ui.contribute.confirmText")));
            Button confirm = new Button(Messages.get("ui.contribute.submit"), e -> {
                dialog.close();
                submit();
            });
            confirm.setId("confirm-submit");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.getFooter().add(new Button(Messages.get("ui.cancel"), e -> dialog.close()), confirm);
        } else {
            dialog.setHeaderTitle(Messages.get("ui.editor.incompleteHeader", problems.size()));
            dialog.add(new Paragraph(Messages.get("ui.editor.incompleteText")));
            UnorderedList list = new UnorderedList();
            list.setId("incomplete-list");
            problems.forEach(p -> list.add(new ListItem(p.message())));
            dialog.add(list);
            Button back = new Button(Messages.get("ui.editor.backToEdit"), e -> dialog.close());
            back.setId("close-submit");
            back.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.getFooter().add(back);
        }
        dialog.open();
    }

    private void submit() {
        try {
            services.inbox().complete(actor, taskId, InboxService.Action.SUBMIT, null);
        } catch (AppException e) {
            Notices.error(e);
            return;
        }
        Notices.success(Messages.get("ui.contribute.submitted"));
        UI.getCurrent().navigate("");
    }
}
