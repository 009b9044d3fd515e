package vn.dangbo.baocao.report;

/** The BPMN process of a report (bpmn/report-lifecycle.bpmn): its key, element ids and variables. */
public final class ReportProcess {

    public static final String KEY = "report-lifecycle";

    public static final String COLLECT = "collect";
    public static final String CONTRIBUTE = "contribute";
    public static final String REVIEW = "review";
    public static final String CONSOLIDATE = "consolidate";
    public static final String APPROVE = "approve";
    public static final String ISSUE = "issue";
    public static final String REMINDER_TIMER = "reminder-due";
    public static final String OVERDUE_TIMER = "deadline-passed";
    public static final String CANCEL_MESSAGE = "ReportCancelled";

    public static final String REPORT_ID = "reportId";
    public static final String TENANT = "tenantId";
    public static final String UNIT_GROUPS = "unitGroups";
    public static final String UNIT_GROUP = "unitGroup";
    public static final String OFFICE_GROUP = "officeGroup";
    public static final String SIGNER = "signer";
    public static final String DUE_AT = "dueAt";
    public static final String REMIND_AT = "remindAt";
    public static final String REVIEW_OUTCOME = "reviewOutcome";
    public static final String APPROVAL_OUTCOME = "approvalOutcome";

    public static final String ACCEPT = "ACCEPT";
    public static final String RETURN = "RETURN";
    public static final String APPROVE_OUTCOME = "APPROVE";

    private ReportProcess() {}
}
