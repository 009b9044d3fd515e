package vn.dangbo.baocao.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Every page says it is Vietnamese (`lang="vi"`), so screen readers read it with Vietnamese voices. */
@Component
class VietnamesePage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(
                response -> response.getDocument().select("html").attr("lang", "vi"));
    }
}
