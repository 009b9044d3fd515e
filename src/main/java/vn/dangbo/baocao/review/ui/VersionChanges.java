package vn.dangbo.baocao.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.ui.FigureText;
import vn.dangbo.baocao.contribution.LineDiff;
import vn.dangbo.baocao.contribution.VersionDiff;

/** What a unit changed since its previous submission: removed lines struck through, added ones highlighted. */
class VersionChanges extends Div {

    VersionChanges(List<VersionDiff> diffs) {
        addClassName("version-diff");
        setId("version-diff");
        if (diffs.isEmpty()) {
            add(new Paragraph(Messages.get("ui.office.noChanges")));
            return;
        }
        for (VersionDiff diff : diffs) {
            Paragraph head = new Paragraph(Messages.get(
                    "ui.office.changedSection",
                    diff.sectionCode(),
                    diff.to().version(),
                    Formats.dateTime(diff.to().savedAt()),
                    Formats.dateTime(diff.from().savedAt())));
            head.addClassName("meta");
            add(head);
            for (VersionDiff.ItemDiff item : diff.items()) {
                if (!item.changed()) {
                    continue;
                }
                add(new H4(item.heading().isBlank() ? item.code() : item.heading()));
                for (LineDiff.Line line : item.lines()) {
                    if (line.kind() == LineDiff.Kind.SAME) {
                        continue;
                    }
                    Div row = new Div(new Span((line.kind() == LineDiff.Kind.ADDED ? "+ " : "− ") + line.text()));
                    row.addClassName(line.kind() == LineDiff.Kind.ADDED ? "added" : "removed");
                    add(row);
                }
                for (VersionDiff.FigureChange figure : item.figures()) {
                    Div row = new Div(new Span(Messages.get(
                            "ui.office.figureChanged",
                            figure.label(),
                            FigureText.of(figure.before(), "—"),
                            FigureText.of(figure.after(), "—"))));
                    row.addClassName("added");
                    add(row);
                }
            }
        }
    }
}
