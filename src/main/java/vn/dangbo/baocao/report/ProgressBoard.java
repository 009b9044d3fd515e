package vn.dangbo.baocao.report;

import java.time.Instant;
import java.util.List;

/**
 * The office's view of who has delivered: every unit with its state and time left, and every submission in
 * time order (a unit returned and resubmitting appears once per submission), for a chart against the deadline.
 * {@code issuing} says, once the report is approved and until it is issued, that issuing is under way, waiting
 * for its next try after a failure, or failed for good (with the cause); null otherwise.
 */
public record ProgressBoard(
        long reportId,
        String title,
        ReportStatus status,
        String statusLabel,
        Instant deadline,
        Instant at,
        List<UnitProgress> units,
        List<Submission> submissions,
        String issuing) {

    /**
     * @param daysLeft whole days from today to the due date (0 on the day, negative once late)
     * @param overdue still writing (not submitted) and past the deadline: shown in red
     * @param submittedByName the submitter's full name, for the screens
     */
    public record UnitProgress(
            String unitCode,
            String unitName,
            List<String> roles,
            UnitStatus status,
            String statusLabel,
            String submittedBy,
            String submittedByName,
            Instant submittedAt,
            Instant dueAt,
            boolean overdue,
            long daysLeft) {}

    public record Submission(String unitCode, String actor, Instant at) {}
}
