package vn.dangbo.baocao.api;

import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dangbo.baocao.identity.CurrentActor;
import vn.dangbo.baocao.notification.Notification;
import vn.dangbo.baocao.notification.NotificationService;

@RestController
@RequestMapping("/api/notifications")
class NotificationController {

    private final CurrentActor current;
    private final NotificationService notifications;

    NotificationController(CurrentActor current, NotificationService notifications) {
        this.current = current;
        this.notifications = notifications;
    }

    @GetMapping
    List<Notification> mine() {
        return notifications.mine(current.get());
    }

    @GetMapping("/unread-count")
    Map<String, Long> unread() {
        return Map.of("unread", notifications.unreadCount(current.get()));
    }

    @PostMapping("/{id}/read")
    ResponseEntity<Void> read(@PathVariable long id) {
        notifications.markRead(current.get(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/read-all")
    ResponseEntity<Void> readAll() {
        notifications.markAllRead(current.get());
        return ResponseEntity.noContent().build();
    }
}
