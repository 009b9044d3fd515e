package vn.dangbo.baocao.platform.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A platform operator has one screen: any other route (the inbox, an organisation's screens) sends them to
 * "Tổ chức", since no organisation's data is theirs (docs/decisions/0014-platform-operator.md).
 */
@Component
class OperatorScreens implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(enter -> {
                    if (operator()
                            && enter.getNavigationTarget() != OrganisationsView.class
                            && !isLogin(enter.getLocation().getPath())) {
                        enter.forwardTo(OrganisationsView.class);
                    }
                }));
    }

    private static boolean isLogin(String path) {
        return path.equals("login") || path.startsWith("kiem-tra-van-ban");
    }

    private static boolean operator() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who != null && who.getAuthorities().stream().anyMatch(a -> "ROLE_PLATFORM".equals(a.getAuthority()));
    }
}
