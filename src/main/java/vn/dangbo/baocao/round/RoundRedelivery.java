package vn.dangbo.baocao.round;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.dangbo.baocao.issuance.IssuedFiles;
import vn.dangbo.baocao.issuance.ReportIssued;

/**
 * Delivery that survives a crash or a failure: every {@code app.round.redelivery-delay} (default one minute) the
 * children's issued reports that have not arrived are delivered again, each in its own transaction. Delivering
 * locks the child's line and checks the register first, so a document arrives exactly once however many nodes
 * sweep at the same time or the listener succeeds meanwhile.
 */
@Component
public class RoundRedelivery {

    private static final Logger log = LoggerFactory.getLogger(RoundRedelivery.class);

    private final RoundRepository rounds;
    private final IssuedFiles files;
    private final RoundReceipts receipts;

    RoundRedelivery(RoundRepository rounds, IssuedFiles files, RoundReceipts receipts) {
        this.rounds = rounds;
        this.files = files;
        this.receipts = receipts;
    }

    /** @return how many documents arrived in this sweep */
    @Scheduled(
            initialDelayString = "${app.round.redelivery-delay:PT1M}",
            fixedDelayString = "${app.round.redelivery-delay:PT1M}")
    public int sweep() {
        int delivered = 0;
        for (RoundRepository.ChildLine line : rounds.awaitingDelivery()) {
            var issued = files.issued(line.organisationId(), line.reportId());
            if (issued.isEmpty()) {
                continue;
            }
            try {
                if (receipts.deliver(issued.get()).isPresent()) {
                    delivered++;
                    log.info(
                            "Report {} ({}) re-delivered to its superior",
                            line.reportId(),
                            issued.get().symbol());
                }
            } catch (RuntimeException e) {
                log.warn(
                        "Report {} ({}) still cannot be delivered; next try in the next sweep: {}",
                        line.reportId(),
                        issued.map(ReportIssued::symbol).orElse(""),
                        e.getMessage());
            }
        }
        return delivered;
    }

    @Configuration
    @EnableScheduling
    static class Scheduling {}
}
