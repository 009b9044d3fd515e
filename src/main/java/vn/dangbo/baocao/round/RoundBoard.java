package vn.dangbo.baocao.round;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The superior's board of a round: one line per child organisation.
 *
 * <p>{@code Line.incomingId} is the latest received version (Văn bản đến), null until one arrives.
 */
public record RoundBoard(Round round, List<Line> lines, Long superiorReportId) {

    public record Line(
            String organisationCode,
            String organisationName,
            RoundStatus status,
            String statusLabel,
            Long reportId,
            String symbol,
            LocalDate issuedOn,
            Instant receivedAt,
            int version,
            boolean returned,
            Long incomingId) {}
}
