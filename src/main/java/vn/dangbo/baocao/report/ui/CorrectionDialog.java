package vn.dangbo.baocao.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.report.ReportView;
import vn.dangbo.baocao.report.StatusLabels;

/** The period is already open: open a correction that replaces it, with a reason, or do not open at all. */
class CorrectionDialog extends Dialog {

    CorrectionDialog(ReportView existing, Consumer<String> openCorrection) {
        setHeaderTitle(Messages.get("ui.open.duplicateTitle", existing.periodLabel()));
        setId("correction-dialog");
        Paragraph text = new Paragraph(Messages.get(
                "ui.open.duplicateText",
                existing.title(),
                StatusLabels.report(existing.status()),
                existing.number() == null ? "" : " " + existing.number()));
        TextArea reason = new TextArea(Messages.get("ui.open.correctionReason"));
        reason.setId("correction-reason");
        reason.setWidthFull();
        reason.setRequired(true);
        reason.setHelperText(Messages.get("ui.open.correctionHelp"));
        Button open = new Button(Messages.get("ui.open.openCorrection"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(Messages.get("error.open.correctionReason"));
                reason.setInvalid(true);
                return;
            }
            close();
            openCorrection.accept(reason.getValue());
        });
        open.setId("confirm-correction");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button keep = new Button(Messages.get("ui.open.doNotOpen"), e -> close());
        keep.setId("cancel-correction");
        add(text, reason);
        getFooter().add(keep, open);
        setWidth("min(36em, 95vw)");
    }
}
