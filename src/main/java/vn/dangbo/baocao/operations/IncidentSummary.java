package vn.dangbo.baocao.operations;

import java.time.Instant;

/**
 * A step the engine could not complete after all its retries, as the administrator sees it.
 *
 * @param step the step's name ("Ban hành"), {@code stepId} its element id in the model
 * @param message the engine's message; {@code cause} the innermost cause of the failure, when known
 * @param retryable whether "Thử lại" applies (a failed job)
 */
public record IncidentSummary(
        String id,
        Long reportId,
        String reportTitle,
        String step,
        String stepId,
        String message,
        String cause,
        Instant occurredAt,
        boolean retryable) {}
