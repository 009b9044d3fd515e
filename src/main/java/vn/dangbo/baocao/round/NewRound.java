package vn.dangbo.baocao.round;

import java.time.Instant;
import vn.dangbo.baocao.report.Period;

/**
 * What the superior's office sends (POST /api/rounds).
 *
 * @param basisNumber the number of the superior's own request, e.g. "202-CV/UBKTTU"
 * @param basis the basis sentence the children's reports start with ("Thực hiện Công văn số …")
 */
public record NewRound(
        String templateId, Period period, String title, String basisNumber, String basis, Instant deadline) {}
