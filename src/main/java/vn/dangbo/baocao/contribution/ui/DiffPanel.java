package vn.dangbo.baocao.contribution.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.ui.Ids;
import vn.dangbo.baocao.contribution.LineDiff;
import vn.dangbo.baocao.contribution.VersionDiff;

/**
 * A returned section: the version the unit submitted beside the draft it is correcting, item by item,
 * removed lines struck on the left, added lines marked on the right, changed figures listed.
 */
class DiffPanel extends Div {

    DiffPanel(String sectionCode) {
        addClassName("diff-panel");
        setId(Ids.of("diff", sectionCode));
    }

    void show(VersionDiff diff) {
        removeAll();
        Span title = new Span(Messages.get("ui.editor.diffTitle", diff.from().version()));
        title.addClassName("diff-title");
        add(title);
        boolean any = false;
        for (VersionDiff.ItemDiff item : diff.items()) {
            if (!item.changed()) {
                continue;
            }
            any = true;
            Div box = new Div();
            box.addClassName("diff-item");
            if (!item.heading().isBlank()) {
                box.add(new H4(item.heading()));
            }
            Div before = column(Messages.get("ui.editor.diffBefore"));
            Div after = column(Messages.get("ui.editor.diffAfter"));
            for (LineDiff.Line line : item.lines()) {
                if (line.kind() != LineDiff.Kind.ADDED) {
                    before.add(line(line, "diff-removed"));
                }
                if (line.kind() != LineDiff.Kind.REMOVED) {
                    after.add(line(line, "diff-added"));
                }
            }
            Div columns = new Div(before, after);
            columns.addClassName("diff-columns");
            box.add(columns);
            if (!item.figures().isEmpty()) {
                UnorderedList figures = new UnorderedList();
                figures.addClassName("diff-figures");
                for (VersionDiff.FigureChange f : item.figures()) {
                    figures.add(new ListItem(
                            Messages.get("ui.editor.diffFigure", f.label(), value(f.before()), value(f.after()))));
                }
                box.add(figures);
            }
            add(box);
        }
        if (!any) {
            Paragraph none = new Paragraph(Messages.get("ui.editor.diffNone"));
            none.addClassName("meta");
            add(none);
        }
    }

    private static Div column(String label) {
        Span head = new Span(label);
        head.addClassName("diff-label");
        Div column = new Div(head);
        column.addClassName("diff-column");
        return column;
    }

    private static Paragraph line(LineDiff.Line line, String changedClass) {
        Paragraph p = new Paragraph(line.text().isEmpty() ? "\u00a0" : line.text());
        p.addClassName("diff-line");
        if (line.kind() != LineDiff.Kind.SAME) {
            p.addClassName(changedClass);
        }
        return p;
    }

    private static String value(String v) {
        return vn.dangbo.baocao.common.ui.FigureText.of(v, Messages.get("ui.editor.empty"));
    }
}
