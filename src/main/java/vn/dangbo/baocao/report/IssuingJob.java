package vn.dangbo.baocao.report;

import java.time.Instant;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Messages;

/**
 * An approved report whose issuing step waits in the engine: about to run, failed and waiting for its next try,
 * or failed for good (an incident for the administrator).
 *
 * @param failure the last failure's innermost cause, or null before any failure
 */
record IssuingJob(int retriesLeft, Instant dueAt, String failure) {

    /** What the office and the signer read on the report's board. */
    String label() {
        if (failure == null) {
            return Messages.get("report.issuing.running");
        }
        if (retriesLeft > 0) {
            return Messages.get("report.issuing.retrying", failure, Formats.time(dueAt));
        }
        return Messages.get("report.issuing.failed", failure);
    }
}
