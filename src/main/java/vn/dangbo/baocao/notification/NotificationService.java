package vn.dangbo.baocao.notification;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.identity.Actor;

/** In-app notices (the bell) and their e-mail copies, sent only once the notice is committed. */
@Service
public class NotificationService {

    private static final int LIST_LIMIT = 50;

    private final NotificationRepository notifications;
    private final Mailer mailer;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, Mailer mailer, Clock clock) {
        this.notifications = notifications;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** A notice to every user of a unit, about that unit (or, for the office, about {@code aboutUnitId}). */
    @Transactional
    public void notifyUnit(
            long organisationId, long unitId, Long aboutUnitId, Long reportId, NotificationKind kind, String text) {
        send(
                organisationId,
                notifications.usersOf(unitId),
                aboutUnitId == null ? unitId : aboutUnitId,
                reportId,
                kind,
                text);
    }

    private void send(
            long organisationId,
            List<NotificationRepository.Recipient> recipients,
            Long unitId,
            Long reportId,
            NotificationKind kind,
            String text) {
        for (NotificationRepository.Recipient user : recipients) {
            notifications.insert(organisationId, user.userId(), unitId, reportId, kind, text, clock.instant());
            if (user.email() != null && !user.email().isBlank()) {
                afterCommit(() -> mailer.send(user.email(), Messages.get("notification.mail.subject"), text));
            }
        }
    }

    /** A notice to every administrator of the organisation (e.g. a step the engine could not complete). */
    @Transactional
    public void notifyAdministrators(long organisationId, Long reportId, NotificationKind kind, String text) {
        send(organisationId, notifications.administratorsOf(organisationId), null, reportId, kind, text);
    }

    @Transactional(readOnly = true)
    public List<Notification> mine(Actor actor) {
        return notifications.ofUser(actor.userId(), LIST_LIMIT);
    }

    @Transactional(readOnly = true)
    public long unreadCount(Actor actor) {
        return notifications.unread(actor.userId());
    }

    @Transactional
    public void markRead(Actor actor, long id) {
        if (!notifications.markRead(actor.userId(), id, clock.instant())) {
            throw AppException.notFound("error.notification.notFound", id);
        }
    }

    @Transactional
    public void markAllRead(Actor actor) {
        notifications.markAllRead(actor.userId(), clock.instant());
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
