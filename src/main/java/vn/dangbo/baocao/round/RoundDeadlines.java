package vn.dangbo.baocao.round;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.baocao.audit.AuditAction;
import vn.dangbo.baocao.audit.AuditTrail;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.identity.Organisation;
import vn.dangbo.baocao.notification.NotificationKind;
import vn.dangbo.baocao.notification.NotificationService;
import vn.dangbo.baocao.organisation.OrganisationRepository;

/** The round's timers: a reminder to the child's office before the deadline, an escalation to the superior's after. */
@Service
public class RoundDeadlines {

    private final RoundRepository rounds;
    private final RoundService service;
    private final OrganisationRepository organisations;
    private final NotificationService notifications;
    private final AuditTrail audit;
    private final Clock clock;

    RoundDeadlines(
            RoundRepository rounds,
            RoundService service,
            OrganisationRepository organisations,
            NotificationService notifications,
            AuditTrail audit,
            Clock clock) {
        this.rounds = rounds;
        this.service = service;
        this.organisations = organisations;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /** Once per child and round, whatever the retries. */
    @Transactional
    public void remind(long roundId, String childCode) {
        Round round = rounds.round(roundId).orElseThrow();
        Organisation child = organisations.organisationByCode(childCode).orElseThrow();
        if (!rounds.markReminded(roundId, child.id(), clock.instant())) {
            return;
        }
        Organisation superior =
                organisations.organisation(round.organisationId()).orElseThrow();
        notifications.notifyUnit(
                child.id(),
                service.office(child).id(),
                null,
                null,
                NotificationKind.REMINDER,
                Messages.get(
                        "round.notice.reminder",
                        superior.shortName(),
                        round.title(),
                        Formats.dateTime(round.deadline())));
        audit.recordSystem(child.id(), AuditAction.REMINDED, "round:" + roundId, null, round.title(), null);
    }

    @Transactional
    public void escalate(long roundId, String childCode) {
        Round round = rounds.round(roundId).orElseThrow();
        Organisation child = organisations.organisationByCode(childCode).orElseThrow();
        if (!rounds.markEscalated(roundId, child.id(), clock.instant())) {
            return;
        }
        Organisation superior =
                organisations.organisation(round.organisationId()).orElseThrow();
        notifications.notifyUnit(
                superior.id(),
                service.office(superior).id(),
                null,
                null,
                NotificationKind.OVERDUE,
                Messages.get(
                        "round.notice.late", child.shortName(), round.title(), Formats.dateTime(round.deadline())));
        audit.recordSystem(
                superior.id(),
                AuditAction.OVERDUE,
                "round:" + roundId,
                null,
                Messages.get("round.audit.late", child.shortName()),
                null);
    }
}
