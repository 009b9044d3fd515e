package vn.dangbo.baocao.issuance.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.stream.Collectors;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Violation;

final class Notifications {

    private Notifications() {}

    static void error(AppException e) {
        String text = e.violations().isEmpty()
                ? e.getMessage()
                : e.getMessage() + " "
                        + e.violations().stream().map(Violation::message).collect(Collectors.joining(" "));
        Notification n = Notification.show(text, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void success(String text) {
        Notification.show(text, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
