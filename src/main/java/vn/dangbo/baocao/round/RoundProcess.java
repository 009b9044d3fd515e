package vn.dangbo.baocao.round;

import vn.dangbo.baocao.report.ReportProcess;

/** The BPMN process of a reporting round (bpmn/reporting-round.bpmn): its key, element ids and variables. */
public final class RoundProcess {

    public static final String KEY = "reporting-round";

    public static final String CHILD = "child";
    public static final String OPEN_IN_CHILD = "open-in-child";
    public static final String CHILD_WORK = "child-work";
    public static final String CONFIRM = "confirm-opening";
    public static final String AWAIT_ISSUED = "await-issued";
    public static final String REMINDER_TIMER = "child-reminder-due";
    public static final String DEADLINE_TIMER = "child-deadline-passed";
    public static final String ISSUED_MESSAGE = "ChildReportIssued";

    public static final String ROUND_ID = "roundId";
    /** Read by the engine's tenant provider: the round belongs to the superior organisation. */
    public static final String TENANT = ReportProcess.TENANT;

    public static final String CHILDREN = "childOrganisations";
    public static final String CHILD_ORGANISATION = "childOrganisation";
    public static final String CHILD_OFFICE_GROUP = "childOfficeGroup";
    public static final String OFFICE_GROUP = "officeGroup";
    public static final String DUE_AT = "dueAt";
    public static final String REMIND_AT = "remindAt";

    private RoundProcess() {}
}
