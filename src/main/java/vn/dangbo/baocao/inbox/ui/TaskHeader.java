package vn.dangbo.baocao.inbox.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.function.Predicate;
import org.springframework.modulith.NamedInterface;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.inbox.TaskView;
import vn.dangbo.baocao.report.AnchoredComment;
import vn.dangbo.baocao.report.ReportComment;

/** The top of a task screen: what the task is, for which report and unit, until when. */
@NamedInterface("ui")
public class TaskHeader extends Div {

    public TaskHeader(TaskView task) {
        addClassName("task-header");
        add(new H2(task.name() + ": " + task.reportTitle()));
        StringBuilder line = new StringBuilder(Messages.get("ui.task.period", task.period()));
        if (task.unitName() != null) {
            line.append(" · ").append(Messages.get("ui.task.unit", task.unitName()));
        }
        if (task.due() != null) {
            line.append(" · ").append(Messages.get("ui.task.due", Formats.dateTime(task.due())));
        }
        Paragraph meta = new Paragraph(line.toString());
        meta.addClassName("meta");
        add(meta);
    }

    /** A highlighted box with the comment of the last return, or null when there is none. */
    public static Div comment(ReportComment comment, String label) {
        return comment(comment, label, code -> false);
    }

    /**
     * The comment of the last return, signed with its author's full name; parts attached to an item that the
     * screen shows next to that item ({@code placed}) are only counted here.
     */
    public static Div comment(ReportComment comment, String label, Predicate<String> placed) {
        if (comment == null) {
            return null;
        }
        Span title = new Span(label);
        title.addClassName("comment-label");
        Div box = new Div(title);
        long elsewhere = 0;
        for (AnchoredComment part : AnchoredComment.parse(comment.body())) {
            if (part.code() != null && placed.test(part.code())) {
                elsewhere++;
            } else {
                box.add(new Paragraph(
                        part.code() == null
                                ? part.text()
                                : Messages.get("review.commentOnCode", part.code(), part.text())));
            }
        }
        if (elsewhere > 0) {
            Paragraph hint = new Paragraph(Messages.get("ui.task.commentsAtItems", elsewhere));
            hint.addClassName("meta");
            box.add(hint);
        }
        box.add(new Span(Messages.get("ui.task.commentBy", comment.signature(), Formats.dateTime(comment.at()))));
        box.setId("last-comment");
        box.addClassName("returned-comment");
        return box;
    }

    /** One part of a return comment, shown next to the item or section it is about. */
    public static Div commentAt(ReportComment comment, AnchoredComment part) {
        Span label = new Span(Messages.get("ui.task.commentHere"));
        label.addClassName("comment-label");
        Div box = new Div(
                label,
                new Paragraph(part.text()),
                new Span(Messages.get("ui.task.commentBy", comment.signature(), Formats.dateTime(comment.at()))));
        box.addClassName("anchored-comment");
        box.setId(vn.dangbo.baocao.common.ui.Ids.of("comment-on", part.code()));
        return box;
    }
}
