package vn.dangbo.baocao.report;

import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.Organisation;

/** Fills a template text's placeholders for one organisation and period (see template.Placeholders). */
public final class PeriodPlaceholders {

    private PeriodPlaceholders() {}

    public static String fill(String text, Actor actor, Period period) {
        return fill(text, actor.organisation(), period);
    }

    public static String fill(String text, Organisation organisation, Period period) {
        return vn.dangbo.baocao.template.Placeholders.fill(
                text,
                vn.dangbo.baocao.template.Placeholders.forReport(
                        period.kind().name(),
                        period.year(),
                        period.number(),
                        organisation.shortName(),
                        organisation.placeName()));
    }
}
