package vn.dangbo.baocao.inbox.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.inbox.TaskView;
import vn.dangbo.baocao.report.ReportRepository;

/** The top of a task screen: what the task is, for which report and unit, until when. */
public class TaskHeader extends Div {

    public TaskHeader(TaskView task) {
        addClassName("task-header");
        add(new H2(task.name() + ": " + task.reportTitle()));
        StringBuilder line = new StringBuilder(Messages.get("ui.task.period", task.period()));
        if (task.unitName() != null) {
            line.append(" · ").append(Messages.get("ui.task.unit", task.unitName()));
        }
        if (task.due() != null) {
            line.append(" · ").append(Messages.get("ui.task.due", Formats.date(task.due()) + " " + Formats.time(task.due())));
        }
        Paragraph meta = new Paragraph(line.toString());
        meta.addClassName("meta");
        add(meta);
    }

    /** A highlighted box with the comment of the last return, or null when there is none. */
    public static Div comment(ReportRepository.Comment comment, String label) {
        if (comment == null) {
            return null;
        }
        Span title = new Span(label);
        title.addClassName("comment-label");
        Div box = new Div(title, new Paragraph(comment.body()),
                new Span(Messages.get("ui.task.commentBy", comment.author(), Formats.dateTime(comment.at()))));
        box.setId("last-comment");
        box.addClassName("returned-comment");
        return box;
    }
}
