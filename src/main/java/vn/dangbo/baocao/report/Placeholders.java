package vn.dangbo.baocao.report;

import vn.dangbo.baocao.organisation.Actor;
import vn.dangbo.baocao.organisation.Organisation;

/** Fills the placeholders of template texts: {period}, {month}, {year}, {number}, {organisation}. */
public final class Placeholders {

    private Placeholders() {
    }

    public static String fill(String text, Actor actor, Period period) {
        return fill(text, actor.organisation(), period);
    }

    public static String fill(String text, Organisation organisation, Period period) {
        if (text == null) {
            return "";
        }
        return text.replace("{period}", period.label())
                .replace("{month}", Integer.toString(period.number()))
                .replace("{number}", Integer.toString(period.number()))
                .replace("{year}", Integer.toString(period.year()))
                .replace("{organisation}", organisation.shortName());
    }
}
