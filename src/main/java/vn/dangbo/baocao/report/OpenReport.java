package vn.dangbo.baocao.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the office decides when it opens a report (POST /api/reports). A period already opened for the same
 * template is refused unless {@code correctionReason} says why it is opened again (the new report replaces it).
 */
public record OpenReport(
        String templateId,
        Period period,
        String title,
        String basis,
        Instant deadline,
        Map<String, String> assignments,
        List<String> participants,
        List<String> recipients,
        String signerUsername,
        SigningAuthority authority,
        String correctionReason) {}
