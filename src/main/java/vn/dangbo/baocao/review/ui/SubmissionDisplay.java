package vn.dangbo.baocao.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Map;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.ui.Ids;
import vn.dangbo.baocao.common.ui.TextBlocks;
import vn.dangbo.baocao.contribution.SectionView;
import vn.dangbo.baocao.contribution.ui.UnitTableDisplay;

/**
 * A unit's section as it will read in the document (headings, paragraphs, list lines, figures), with the
 * problems the office must see: broken rules and empty required items, in red under their item.
 */
class SubmissionDisplay extends Div {

    SubmissionDisplay(SectionView section, Map<String, List<String>> problems, Map<String, List<String>> blank) {
        addClassNames("section-display", "document-like");
        setId(Ids.of("review-section", section.code()));
        add(new H3(section.heading()));
        for (SectionView.ItemView item : section.items()) {
            if (!item.heading().isBlank()) {
                add(new H4(item.heading()));
            }
            TextBlocks.of(item.text()).forEach(this::add);
            UnorderedList figures = new UnorderedList();
            for (SectionView.IndicatorView indicator : item.indicatorDefinitions()) {
                String value = item.display().get(indicator.key());
                if (value != null && !value.isBlank()) {
                    String unit = indicator.unit() == null || "PERCENT".equals(indicator.type())
                            ? ""
                            : " " + indicator.unit();
                    figures.add(new ListItem(indicator.label() + ": " + value + unit));
                }
            }
            if (figures.getChildren().findAny().isPresent()) {
                figures.addClassName("figures");
                add(figures);
            }
            item.unitTables().forEach(t -> add(new UnitTableDisplay(item.code(), t)));
            List<String> found = problems.getOrDefault(section.code() + "/" + item.code(), List.of());
            List<String> empty = blank.getOrDefault(section.code() + "/" + item.code(), List.of());
            long typed = item.indicatorDefinitions().stream()
                    .filter(d -> !d.computed())
                    .count();
            if (!empty.isEmpty()) {
                Paragraph missing = new Paragraph(
                        empty.size() == typed
                                ? Messages.get("ui.office.noFigures")
                                : Messages.get("ui.office.someFiguresMissing", String.join("; ", empty)));
                missing.addClassName("figure-missing");
                missing.setId(Ids.of("missing-figures", item.code()));
                add(missing);
            }
            if (found.isEmpty()
                    && empty.isEmpty()
                    && !item.indicatorDefinitions().isEmpty()) {
                Paragraph ok = new Paragraph(Messages.get("ui.office.rulesOk"));
                ok.addClassName("meta");
                add(ok);
            }
            for (String problem : found) {
                Paragraph broken = new Paragraph("⚠ " + problem);
                broken.addClassName("figure-broken");
                add(broken);
            }
        }
    }
}
