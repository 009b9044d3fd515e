package vn.dangbo.baocao.audit;

import java.util.Optional;
import vn.dangbo.baocao.identity.Actor;

/** Whether the actor may see a report, decided by the module that owns reports (it refuses with 403 or 404). */
public interface ReportVisibility {

    void requireVisible(Actor actor, long reportId);

    /** The report's title with its period, as a reader names it; empty when the actor may not see it. */
    Optional<String> name(Actor actor, long reportId);
}
