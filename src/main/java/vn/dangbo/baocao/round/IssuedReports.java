package vn.dangbo.baocao.round;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.dangbo.baocao.issuance.ReportIssued;

/**
 * The one place that listens to issuing: once the child's issue has committed, its document is delivered to the
 * superior in a transaction of its own, so a failed delivery never undoes an issued number (and is retried by
 * {@link RoundRedelivery}).
 */
@Component
class IssuedReports {

    private static final Logger log = LoggerFactory.getLogger(IssuedReports.class);

    private final RoundReceipts receipts;

    IssuedReports(RoundReceipts receipts) {
        this.receipts = receipts;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ReportIssued issued) {
        try {
            receipts.deliver(issued)
                    .ifPresent(id -> log.info(
                            "Report {} ({}) delivered as incoming document {}",
                            issued.reportId(),
                            issued.symbol(),
                            id));
        } catch (RuntimeException e) {
            // the issue stands; RoundRedelivery delivers it on its next sweep
            log.warn(
                    "Report {} ({}) could not be delivered to its superior now; it will be retried",
                    issued.reportId(),
                    issued.symbol(),
                    e);
        }
    }
}
