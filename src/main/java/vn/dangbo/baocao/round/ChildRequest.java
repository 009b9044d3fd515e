package vn.dangbo.baocao.round;

import java.time.Instant;
import java.util.List;
import vn.dangbo.baocao.report.Period;

/**
 * A superior's request as the child's office sees it, prefilled: what confirming would open.
 *
 * @param reportId the child's report once opened (the latest, a correction included)
 */
public record ChildRequest(
        long roundId,
        String superiorName,
        String templateId,
        int templateVersion,
        Period period,
        String title,
        String basis,
        Instant deadline,
        List<String> recipients,
        String state,
        Long reportId,
        String returnComment) {}
