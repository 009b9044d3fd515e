package vn.dangbo.baocao.audit;

import vn.dangbo.baocao.identity.Actor;

/** Whether the actor may see a report, decided by the module that owns reports (it refuses with 403 or 404). */
public interface ReportVisibility {

    void requireVisible(Actor actor, long reportId);
}
