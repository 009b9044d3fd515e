package vn.dangbo.baocao.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.CurrentActor;
import vn.dangbo.baocao.inbox.InboxService;
import vn.dangbo.baocao.notification.NotificationService;
import vn.dangbo.baocao.notification.ui.NotificationBell;

/**
 * The frame of every screen. The menu lists the views annotated with {@code @Menu} that the signed-in user
 * may open, so a feature adds a screen without touching this class.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final CurrentActor current;
    private final InboxService inbox;
    static final String MAIN = "main-content";

    private final Span inboxCount = new Span();
    private boolean navigated;

    public MainLayout(
            CurrentActor current,
            AuthenticationContext authentication,
            NotificationService notifications,
            InboxService inbox) {
        this.current = current;
        this.inbox = inbox;
        H1 title = new H1(Messages.get("app.title"));
        title.addClassName("app-title");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(Messages.get("ui.menu.toggle"));
        toggle.setTooltipText(Messages.get("ui.menu.toggle"));
        HorizontalLayout header = new HorizontalLayout(skipLink(), toggle, title);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.addClassName("app-header");
        header.getElement().setAttribute("role", "banner");
        current.find()
                .ifPresentOrElse(
                        actor -> header.add(
                                new NotificationBell(notifications, reportId -> routeOf(actor, reportId), actor),
                                user(actor, authentication)),
                        () -> {
                            // a platform operator: no organisation, no bell, still a way out
                            if (authentication.isAuthenticated()) {
                                Button logout = new Button(Messages.get("ui.logout"), e -> authentication.logout());
                                logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                                header.add(logout);
                            }
                        });
        addToNavbar(header);
        setI18n(new AppLayout.AppLayoutI18n().setDrawer(Messages.get("ui.menu.label")));

        SideNav nav = new SideNav();
        nav.getElement().setAttribute("aria-label", Messages.get("ui.menu.label"));
        nav.setI18n(new SideNav.SideNavI18n().setToggle(Messages.get("ui.menu.toggleChildren")));
        inboxCount.setId("inbox-count");
        inboxCount.addClassName("menu-count");
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            SideNavItem item = new SideNavItem(entry.title(), entry.path());
            if (entry.path().isEmpty() || "/".equals(entry.path())) {
                item.setSuffixComponent(inboxCount);
            }
            nav.addItem(item);
        });
        addToDrawer(nav);
    }

    /**
     * Each screen is the page's main landmark, the target of the skip link. After moving from one screen to another
     * the focus goes to the new screen's heading, as a page load would start a screen reader there; on the first
     * screen of a visit it stays at the top so that the skip link is the first Tab stop.
     */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
            content.getElement().setAttribute("id", MAIN);
            content.getElement().setAttribute("tabindex", "-1");
        }
    }

    /** The number of open tasks next to "Hộp công việc", counted again after each navigation (one COUNT). */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (navigated) {
            getElement()
                    .executeJs(
                            "setTimeout(() => { const main = document.getElementById($0); if (!main) return;"
                                    + " const h = main.querySelector('h1, h2'); const target = h || main;"
                                    + " if (h && !h.hasAttribute('tabindex')) h.setAttribute('tabindex', '-1');"
                                    + " target.focus({preventScroll: true}); }, 0)",
                            MAIN);
        }
        navigated = true;
        long count = current.find().map(inbox::countOpen).orElse(0L);
        inboxCount.setText(count == 0 ? "" : String.valueOf(count));
        inboxCount.setVisible(count > 0);
        inboxCount.getElement().setAttribute("aria-label", Messages.get("ui.menu.openTasks", count));
    }

    /** Where a notice about a report leads: the user's open task of that report, else the report's page. */
    private String routeOf(Actor actor, long reportId) {
        return inbox.tasks(actor).stream()
                .filter(t -> t.reportId() == reportId)
                .findFirst()
                .map(t -> "cong-viec/" + t.id())
                .orElse("bao-cao/" + reportId);
    }

    /** Hidden until focused: the first Tab stop of every screen jumps over the header and the menu. */
    private static Anchor skipLink() {
        Anchor skip = new Anchor("#" + MAIN, Messages.get("ui.skipToContent"));
        skip.setId("skip-link");
        skip.addClassName("skip-link");
        skip.setRouterIgnore(true);
        skip.getElement()
                .executeJs(
                        "this.addEventListener('click', e => { e.preventDefault();"
                                + " const main = document.getElementById($0); if (main) main.focus(); })",
                        MAIN);
        return skip;
    }

    private static HorizontalLayout user(Actor actor, AuthenticationContext authentication) {
        Span name = new Span(actor.fullName());
        name.addClassName("user-name");
        Span unit = new Span(" — " + actor.unit().name());
        unit.addClassName("user-unit");
        Span who = new Span(name, unit);
        who.addClassName("current-user");
        who.getElement()
                .setAttribute("title", actor.fullName() + " — " + actor.unit().name());
        Button logout = new Button(Messages.get("ui.logout"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout box = new HorizontalLayout(who, logout);
        box.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        box.addClassName("user-box");
        box.setSpacing(false);
        return box;
    }
}
