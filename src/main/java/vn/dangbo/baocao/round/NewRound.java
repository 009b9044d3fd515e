package vn.dangbo.baocao.round;

import java.time.Instant;
import java.util.List;
import vn.dangbo.baocao.report.Period;

/**
 * What the superior's office sends (POST /api/rounds).
 *
 * @param basisNumber the number of the superior's own request, e.g. "202-CV/UBKTTU"
 * @param basis the basis sentence the children's reports start with ("Thực hiện Công văn số …")
 * @param children the codes of the child organisations asked; null or empty: every active child
 */
public record NewRound(
        String templateId,
        Period period,
        String title,
        String basisNumber,
        String basis,
        Instant deadline,
        List<String> children) {}
