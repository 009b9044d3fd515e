package vn.dangbo.baocao.contribution.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.ui.Ids;
import vn.dangbo.baocao.common.ui.TextBlocks;
import vn.dangbo.baocao.contribution.SectionView;

/** A section read-only: headings, the text as paragraphs and lists, and the figures with their units. */
public class SectionDisplay extends Div {

    public SectionDisplay(SectionView section) {
        addClassName("section-display");
        setId(Ids.of("section", section.code()));
        add(new H3(section.heading()));
        if (section.updatedAt() != null) {
            Paragraph saved = new Paragraph(Messages.get(
                    "ui.section.savedBy",
                    section.updatedBy(),
                    Formats.dateTime(section.updatedAt()),
                    section.version()));
            saved.addClassName("meta");
            add(saved);
        }
        for (SectionView.ItemView item : section.items()) {
            if (!item.heading().isBlank()) {
                add(new H4(item.heading()));
            }
            if (item.text().isBlank()
                    && item.indicators().isEmpty()
                    && item.tables().isEmpty()) {
                Paragraph empty = new Paragraph(Messages.get("ui.section.empty"));
                empty.addClassName("meta");
                add(empty);
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
        }
    }
}
