package vn.dangbo.baocao.round.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.ui.Notices;
import vn.dangbo.baocao.report.OpeningChoices;
import vn.dangbo.baocao.report.OpeningChoices.SignerChoice;
import vn.dangbo.baocao.report.OpeningChoices.TemplateChoice;
import vn.dangbo.baocao.report.OpeningChoices.UnitChoice;
import vn.dangbo.baocao.round.ConfirmRequest;

/**
 * Who signs and which chi bộ write, prefilled (the first signer, every chi bộ, each part to the chi bộ of the same
 * code): confirms a superior's request, or opens the superior's own report of a round.
 */
class ConfirmDialog extends Dialog {

    private final ComboBox<SignerChoice> signer = new ComboBox<>(Messages.get("ui.open.signer"));
    private final MultiSelectComboBox<UnitChoice> participants =
            new MultiSelectComboBox<>(Messages.get("ui.open.participants"));
    private final TextArea reason = new TextArea();
    private final Map<String, ComboBox<UnitChoice>> roles = new LinkedHashMap<>();

    /**
     * @param reasonLabel the label of a required correction reason, or null when none is asked
     * @param open opens the report and returns its id; its refusals are shown and the dialog stays open
     */
    ConfirmDialog(
            String title,
            String text,
            OpeningChoices choices,
            String templateId,
            String reasonLabel,
            String action,
            Function<ConfirmRequest, Long> open,
            java.util.function.LongConsumer opened) {
        setHeaderTitle(title);
        setId("confirm-dialog");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        signer.setItems(choices.signers());
        signer.setItemLabelGenerator(s -> s.fullName() + (s.position() == null ? "" : " — " + s.position()));
        signer.setId("confirm-signer");
        if (!choices.signers().isEmpty()) {
            signer.setValue(choices.signers().get(0));
        }
        participants.setItems(choices.units());
        participants.setItemLabelGenerator(UnitChoice::name);
        participants.setValue(choices.units());
        participants.setId("confirm-participants");
        form.add(signer, 2);
        form.add(participants, 2);
        choices.templates().stream()
                .filter(t -> t.id().equals(templateId))
                .findFirst()
                .map(TemplateChoice::roles)
                .orElse(Map.of())
                .forEach((key, heading) -> {
                    ComboBox<UnitChoice> unit = new ComboBox<>(heading);
                    unit.setItems(choices.units());
                    unit.setItemLabelGenerator(UnitChoice::name);
                    choices.units().stream()
                            .filter(u -> u.code().equals(key))
                            .findFirst()
                            .ifPresent(unit::setValue);
                    roles.put(key, unit);
                    form.add(unit);
                });
        if (reasonLabel != null) {
            reason.setLabel(reasonLabel);
            reason.setId("confirm-reason");
            form.add(reason, 2);
        }
        add(new Paragraph(text), form);
        setWidth("min(48em, 100vw)");

        Button confirm = new Button(action, e -> {
            try {
                long id = open.apply(command(reasonLabel != null));
                close();
                opened.accept(id);
            } catch (AppException ex) {
                Notices.error(ex);
            }
        });
        confirm.setId("confirm-save");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button back = new Button(Messages.get("ui.round.back"), e -> close());
        back.setId("confirm-back");
        getFooter().add(back, confirm);
    }

    private ConfirmRequest command(boolean withReason) {
        Map<String, String> assignments = new HashMap<>();
        roles.forEach((key, field) -> {
            if (field.getValue() != null) {
                assignments.put(key, field.getValue().code());
            }
        });
        return new ConfirmRequest(
                signer.getValue() == null ? null : signer.getValue().username(),
                assignments,
                participants.getValue().stream().map(UnitChoice::code).toList(),
                withReason ? reason.getValue() : null);
    }
}
