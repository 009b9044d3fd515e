package vn.dangbo.baocao.report;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import vn.dangbo.baocao.identity.Actor;

/** The report page's link to its document (issued, or the draft for the office and the signer), if any. */
public interface DocumentLinks {

    Optional<Component> link(Actor actor, long reportId, ReportStatus status);
}
