package vn.dangbo.baocao.notification;

public enum NotificationKind {
    REMINDER,
    OVERDUE,
    RETURNED,
    DEADLINE_CHANGED,
    REASSIGNED,
    INCIDENT,
    REQUEST
}
