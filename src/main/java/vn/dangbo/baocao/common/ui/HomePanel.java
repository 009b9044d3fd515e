package vn.dangbo.baocao.common.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A panel another feature puts at the top of the signed-in user's home (the inbox), for what the user must not
 * miss; a Spring bean, asked each time the home is shown, empty when there is nothing to show.
 */
public interface HomePanel {

    Optional<Component> panel();
}
