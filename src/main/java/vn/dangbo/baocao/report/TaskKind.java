package vn.dangbo.baocao.report;

/** The kinds of user task of a report, named by the API. */
public enum TaskKind {
    CONTRIBUTE(ReportProcess.CONTRIBUTE),
    REVIEW(ReportProcess.REVIEW),
    CONSOLIDATE(ReportProcess.CONSOLIDATE),
    APPROVE(ReportProcess.APPROVE);

    private final String elementId;

    TaskKind(String elementId) {
        this.elementId = elementId;
    }

    public String elementId() {
        return elementId;
    }

    public static TaskKind ofElement(String elementId) {
        for (TaskKind kind : values()) {
            if (kind.elementId.equals(elementId)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(elementId);
    }
}
