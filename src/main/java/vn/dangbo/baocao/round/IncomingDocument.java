package vn.dangbo.baocao.round;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A line of the superior's register of incoming documents (Văn bản đến): read-only, its own copy of the bytes.
 *
 * @param replacesId the earlier version this one replaces (a returned or corrected report)
 * @param figures the sender's figures by indicator key, as issued
 * @param tables the rows of the sender's unit tables as issued, by "item code/table code" (canonical values)
 */
public record IncomingDocument(
        long id,
        long roundId,
        String senderCode,
        String senderName,
        long reportId,
        int version,
        Long replacesId,
        String symbol,
        LocalDate issuedOn,
        Instant receivedAt,
        String sha256,
        String fileName,
        Map<String, BigDecimal> figures,
        Instant returnedAt,
        String returnComment,
        Map<String, List<Map<String, String>>> tables) {

    public IncomingDocument {
        tables = tables == null ? Map.of() : tables;
    }
}
