package vn.dangbo.baocao.organisation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.Violation;

/** Shows a refusal of the service next to the fields it names, and as a notification. */
final class Forms {

    private Forms() {}

    static void show(AppException e, Map<String, ? extends HasValidation> fields) {
        for (Violation violation : e.violations()) {
            HasValidation field = fields.get(violation.field());
            if (field != null) {
                field.setErrorMessage(violation.message());
                field.setInvalid(true);
            }
        }
        Notification notification = Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void saved(String message) {
        Notification notification = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static String t(String key, Object... args) {
        return Messages.get(key, args);
    }
}
