package vn.dangbo.baocao.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.contribution.SectionView;
import vn.dangbo.baocao.contribution.TaskDetail;
import vn.dangbo.baocao.contribution.TaskDetails;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.inbox.InboxService;
import vn.dangbo.baocao.inbox.TaskView;
import vn.dangbo.baocao.inbox.ui.Completion;
import vn.dangbo.baocao.inbox.ui.TaskHeader;
import vn.dangbo.baocao.inbox.ui.TaskScreen;
import vn.dangbo.baocao.report.TaskKind;
import vn.dangbo.baocao.review.SubmissionReview;

/**
 * The office reads a unit's submission as it will appear in the document, with its rules checked and what
 * changed since the unit's previous submission, and accepts it or returns it with comments (each optionally
 * attached to an item).
 */
@org.springframework.stereotype.Component
class ReviewScreen implements TaskScreen {

    private final TaskDetails details;
    private final InboxService inbox;
    private final SubmissionReview review;

    ReviewScreen(TaskDetails details, InboxService inbox, SubmissionReview review) {
        this.details = details;
        this.inbox = inbox;
        this.review = review;
    }

    @Override
    public TaskKind kind() {
        return TaskKind.REVIEW;
    }

    @Override
    public Component create(Actor actor, TaskView view) {
        TaskDetail task = details.of(actor, view);
        VerticalLayout layout = new VerticalLayout(new TaskHeader(task.task()));
        layout.addClassName("review-screen");
        SubmissionReview.Package submission =
                review.of(actor, task.task().reportId(), task.task().unitCode());
        long problems = submission.problems().values().stream()
                .mapToLong(java.util.List::size)
                .sum();
        long blank = submission.blankFigureCount();
        java.util.List<String> lines = new java.util.ArrayList<>();
        if (problems > 0) {
            lines.add(Messages.get("ui.office.problems", problems));
        }
        if (blank > 0) {
            lines.add(Messages.get("ui.office.figuresMissing", blank));
        }
        Span summary = new Span(lines.isEmpty() ? Messages.get("ui.office.noProblems") : String.join(" ", lines));
        summary.setId("review-summary");
        summary.addClassName(lines.isEmpty() ? "meta" : "overdue");
        layout.add(summary);
        if (submission.resubmitted()) {
            Details changes = new Details(Messages.get("ui.office.changes"), new VersionChanges(submission.changes()));
            changes.setOpened(true);
            changes.setWidthFull();
            layout.add(changes);
        }
        vn.dangbo.baocao.contribution.ui.OutlineHeadings outline =
                new vn.dangbo.baocao.contribution.ui.OutlineHeadings();
        submission.sections().forEach(s -> {
            outline.before(s).forEach(layout::add);
            layout.add(new SubmissionDisplay(s, submission.problems(), submission.blankFigures()));
        });

        String id = task.task().id();
        Button accept = new Button(Messages.get("ui.review.accept"), e -> confirmAccept(actor, id, task));
        accept.setId("accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Map<String, String> items = new LinkedHashMap<>();
        for (SectionView section : submission.sections()) {
            for (SectionView.ItemView item : section.items()) {
                items.put(item.code(), item.heading().isBlank() ? section.heading() : item.heading());
            }
        }
        layout.add(
                accept,
                new H3(Messages.get("ui.office.returnTitle")),
                new AnchoredReturnBox(
                        Messages.get("ui.review.returnComment"),
                        Messages.get("ui.office.item"),
                        items,
                        comment -> Completion.complete(
                                inbox,
                                actor,
                                id,
                                InboxService.Action.RETURN,
                                comment,
                                Messages.get("ui.review.returned"))));
        return layout;
    }

    /** Accepting cannot be undone (the unit's task is closed), so the office says it once more, naming the unit. */
    private void confirmAccept(Actor actor, String id, TaskDetail task) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(Messages.get("ui.review.confirmHeader"));
        dialog.setText(Messages.get("ui.review.confirmText", task.task().unitName()));
        Button confirm = new Button(Messages.get("ui.review.accept"), ok -> {
            dialog.close();
            Completion.complete(inbox, actor, id, InboxService.Action.ACCEPT, null, Messages.get("ui.review.accepted"));
        });
        confirm.setId("confirm-accept");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        dialog.setConfirmButton(confirm);
        dialog.setCancelable(true);
        dialog.setCancelText(Messages.get("ui.back"));
        dialog.open();
    }
}
