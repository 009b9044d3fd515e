package vn.dangbo.baocao.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import java.util.List;
import org.springframework.modulith.NamedInterface;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.notification.Notification;
import vn.dangbo.baocao.notification.NotificationService;

/**
 * The bell in the navigation bar: the unread count as a badge, and a list of the latest notices that opens
 * under it. Clicking a notice (or Enter on it) marks it read and opens its task. Refreshed each time it is opened.
 */
@NamedInterface("ui")
public class NotificationBell extends Div {

    private final NotificationService notifications;
    private final java.util.function.LongFunction<String> routeOf;
    private final Actor actor;
    private final Popover popover = new Popover();
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span badge = new Span();
    private final VerticalLayout list = new VerticalLayout();

    /** @param routeOf the route a notice about a report opens (the user's task of that report, or the report) */
    public NotificationBell(
            NotificationService notifications, java.util.function.LongFunction<String> routeOf, Actor actor) {
        this.notifications = notifications;
        this.routeOf = routeOf;
        this.actor = actor;
        addClassName("notification-bell");
        getStyle().set("position", "relative");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.setId("notification-bell-button");
        badge.getElement().getThemeList().addAll(List.of("badge", "error", "pill", "small"));
        badge.getStyle()
                .set("position", "absolute")
                .set("top", "0")
                .set("right", "0")
                .set("pointer-events", "none");
        add(bell, badge);

        list.setPadding(false);
        list.setSpacing(false);
        list.setId("notification-list");
        list.setWidth("min(22rem, calc(100vw - 6.5rem))");
        list.getStyle().set("max-height", "24rem").set("overflow-y", "auto").set("overflow-x", "hidden");
        popover.setTarget(bell);
        // centred under the bell: on a phone the bell sits mid-header, and an end-aligned list would be squeezed
        popover.setPosition(PopoverPosition.BOTTOM);
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                refresh();
            }
        });
        popover.add(list);
        add(popover);
        refreshCount();
    }

    private void refresh() {
        list.removeAll();
        Span heading = new Span(Messages.get("ui.notification.title"));
        heading.getStyle().set("font-weight", "600").set("padding", "var(--lumo-space-s)");
        list.add(heading);
        List<Notification> mine = notifications.mine(actor);
        if (mine.isEmpty()) {
            list.add(new Span(Messages.get("ui.notification.empty")));
        }
        mine.forEach(n -> list.add(line(n)));
        if (mine.stream().anyMatch(Notification::unread)) {
            Button readAll = new Button(Messages.get("ui.notification.readAll"), e -> {
                notifications.markAllRead(actor);
                refresh();
            });
            readAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            list.add(readAll);
        }
        refreshCount();
    }

    private Div line(Notification n) {
        Div line = new Div(new Span(n.text()), new Div(Formats.dateTime(n.createdAt())));
        line.addClassName("notification");
        line.getStyle()
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("cursor", "pointer")
                .set("font-weight", n.unread() ? "600" : "normal")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        line.getChildren()
                .skip(1)
                .findFirst()
                .ifPresent(c -> c.getElement()
                        .getStyle()
                        .set("font-size", "var(--lumo-font-size-xs)")
                        .set("color", "var(--lumo-secondary-text-color)"));
        line.getElement().setAttribute("role", "link");
        line.getElement().setAttribute("tabindex", "0");
        line.setId("notification-" + n.id());
        line.addClickListener(e -> open(n));
        line.getElement().addEventListener("keydown", e -> open(n)).setFilter("event.key === 'Enter'");
        return line;
    }

    /** A notice opens what it is about: the user's open task of that report, else the report itself. */
    private void open(Notification n) {
        if (n.unread()) {
            notifications.markRead(actor, n.id());
        }
        popover.close();
        refreshCount();
        if (n.reportId() == null) {
            return;
        }
        String target = routeOf.apply(n.reportId());
        getUI().ifPresent(ui -> ui.navigate(target));
    }

    private void refreshCount() {
        long unread = notifications.unreadCount(actor);
        badge.setText(unread > 99 ? "99+" : Long.toString(unread));
        badge.setVisible(unread > 0);
        bell.setAriaLabel(Messages.get("ui.notification.open", unread));
    }
}
