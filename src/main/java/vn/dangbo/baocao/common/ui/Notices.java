package vn.dangbo.baocao.common.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.Violation;

/** Notifications of the screens: a refusal stays until closed (it may list what to fix), a success fades. */
public final class Notices {

    private Notices() {}

    public static void success(String text) {
        Notification n = Notification.show(text, 4000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        n.setId("notice-success");
    }

    /** A neutral fact ("nothing to take"), not an error: it fades like a success. */
    public static void info(String text) {
        Notification n = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        n.setId("notice-info");
    }

    public static void error(AppException e) {
        Div body = new Div(new Span(e.getMessage()));
        if (!e.violations().isEmpty()) {
            UnorderedList list = new UnorderedList();
            for (Violation v : e.violations()) {
                list.add(new ListItem(v.message()));
            }
            body.add(list);
        }
        show(body);
    }

    public static void error(String text) {
        show(new Div(new Span(text)));
    }

    private static void show(Div body) {
        Notification n = new Notification();
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setPosition(Notification.Position.MIDDLE);
        n.setDuration(0);
        n.setId("notice-error");
        Button close = new Button(Messages.get("ui.close"), e -> n.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        HorizontalLayout layout = new HorizontalLayout(body, close);
        layout.setAlignItems(HorizontalLayout.Alignment.START);
        n.add(layout);
        n.open();
    }
}
