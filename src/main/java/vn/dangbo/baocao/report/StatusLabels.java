package vn.dangbo.baocao.report;

import vn.dangbo.baocao.common.Messages;

/** Vietnamese names of the states, from the message bundle. */
public final class StatusLabels {

    private StatusLabels() {}

    public static String report(ReportStatus status) {
        return Messages.get("status.report." + status.name());
    }

    public static String unit(UnitStatus status) {
        return Messages.get("status.unit." + status.name());
    }

    public static String task(TaskKind kind) {
        return Messages.get("task.kind." + kind.name());
    }
}
