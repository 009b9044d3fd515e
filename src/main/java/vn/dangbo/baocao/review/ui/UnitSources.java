package vn.dangbo.baocao.review.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H5;
import java.util.List;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.ui.Ids;
import vn.dangbo.baocao.common.ui.TextBlocks;
import vn.dangbo.baocao.contribution.ContributionService;
import vn.dangbo.baocao.contribution.SectionView;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.report.ProgressBoard;

/**
 * Under a section every chi bộ writes, what each chi bộ wrote, with its name: while condensing, the office sees
 * whose words each merged paragraph came from. Read when opened.
 */
class UnitSources extends Details {

    UnitSources(
            ContributionService contributions,
            Actor actor,
            long reportId,
            String sectionCode,
            List<ProgressBoard.UnitProgress> units) {
        setSummaryText(Messages.get("ui.consolidate.sources", units.size()));
        setId(Ids.of("sources", sectionCode));
        addClassName("unit-sources");
        addOpenedChangeListener(e -> {
            if (!e.isOpened() || getContent().findAny().isPresent()) {
                return;
            }
            for (ProgressBoard.UnitProgress unit : units) {
                SectionView part = contributions.section(actor, reportId, sectionCode, unit.unitCode());
                Div box = new Div(new H5(unit.unitName()));
                box.addClassName("unit-source");
                part.items().stream()
                        .filter(i -> !i.text().isBlank())
                        .forEach(i -> TextBlocks.of(i.text()).forEach(box::add));
                add(box);
            }
        });
    }
}
