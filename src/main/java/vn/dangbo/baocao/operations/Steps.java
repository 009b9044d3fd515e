package vn.dangbo.baocao.operations;

import vn.dangbo.baocao.common.Messages;

/** The Vietnamese name of a step of the report process where a job can fail ("issue" is "Ban hành"). */
final class Steps {

    private Steps() {}

    static String label(String activityId) {
        if (activityId == null) {
            return Messages.get("incident.step.unknown");
        }
        String key = "incident.step." + activityId;
        String label = Messages.get(key);
        return label.equals(key) ? activityId : label;
    }
}
