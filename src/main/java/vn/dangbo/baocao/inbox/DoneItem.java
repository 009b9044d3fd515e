package vn.dangbo.baocao.inbox;

import java.time.Instant;

/**
 * One decision of my unit, for the "Đã xử lý" tab: what was done (e.g. SUBMITTED, "Đã nộp"), by whom, when,
 * on which report, and for which unit when it was a review.
 */
public record DoneItem(
        long seq,
        String action,
        String actionLabel,
        long reportId,
        String reportTitle,
        String period,
        String target,
        String actor,
        Instant at) {}
