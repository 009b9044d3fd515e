package vn.dangbo.baocao.report;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * The register's number of issued reports, offered by the issuance feature: the report feature shows it in its
 * lists without reading issuance's tables.
 */
public interface IssuedNumbers {

    record Issued(String symbol, Instant issuedAt) {}

    /** The reports of {@code reportIds} that have been issued, in one query whatever their number. */
    Map<Long, Issued> of(Collection<Long> reportIds);
}
