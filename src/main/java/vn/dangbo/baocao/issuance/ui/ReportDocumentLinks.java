package vn.dangbo.baocao.issuance.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.Role;
import vn.dangbo.baocao.issuance.IssuanceService;
import vn.dangbo.baocao.report.DocumentLinks;
import vn.dangbo.baocao.report.ReportStatus;

/** The issued .docx, or the draft for the office and the signer while the report is on its way. */
@org.springframework.stereotype.Component
class ReportDocumentLinks implements DocumentLinks {

    private final IssuanceService issuance;

    ReportDocumentLinks(IssuanceService issuance) {
        this.issuance = issuance;
    }

    @Override
    public Optional<Component> link(Actor actor, long reportId, ReportStatus status) {
        if (status == ReportStatus.ISSUED) {
            return Optional.of(DocxLink.of(
                    Messages.get("ui.reports.download"),
                    "download-document",
                    () -> issuance.document(actor, reportId)));
        }
        if (status != ReportStatus.CANCELLED && (actor.has(Role.OFFICE) || actor.has(Role.LEADERSHIP))) {
            return Optional.of(DocxLink.of(
                    Messages.get("ui.document.downloadDraft"),
                    "download-preview",
                    () -> issuance.preview(actor, reportId)));
        }
        return Optional.empty();
    }
}
