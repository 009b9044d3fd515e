package vn.dangbo.baocao.report;

import vn.dangbo.baocao.organisation.Actor;
import vn.dangbo.baocao.organisation.Organisation;

/** Fills a template text's placeholders for one organisation and period (see template.Placeholders). */
public final class Placeholders {

    private Placeholders() {}

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
