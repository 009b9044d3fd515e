package vn.dangbo.baocao.report;

import vn.dangbo.baocao.Scenario;

/** Lets tests of other packages reuse LifecycleIT's office writing step. */
public final class LifecycleITAccess {

    private LifecycleITAccess() {
    }

    public static void writeOfficeSections(Scenario s, long id, String marker) {
        LifecycleIT.writeOfficeSections(s, id, marker);
    }
}
