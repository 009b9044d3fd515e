package vn.dangbo.baocao.notification;

import java.time.Instant;

/** One notice to one user; {@code readAt} is null while unread. */
public record Notification(
        long id, Long reportId, NotificationKind kind, String text, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
