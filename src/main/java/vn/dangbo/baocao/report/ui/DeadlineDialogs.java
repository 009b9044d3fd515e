package vn.dangbo.baocao.report.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.ui.Notices;
import vn.dangbo.baocao.common.ui.VietnameseDates;
import vn.dangbo.baocao.report.OpeningChoices.UnitChoice;
import vn.dangbo.baocao.report.ProgressBoard;

/** The office's dialogs on the board: extend a deadline, give a role to another chi bộ, cancel the report. */
final class DeadlineDialogs {

    /** A service call that may refuse with a Vietnamese message. */
    interface Action<T> {
        void run(T value);
    }

    private DeadlineDialogs() {}

    /** "Gia hạn" for one unit, or for the report and every unit when {@code unit} is null. */
    static Dialog extend(ProgressBoard board, ProgressBoard.UnitProgress unit, Action<Instant> onSave, Runnable done) {
        Dialog dialog = dialog(
                unit == null
                        ? Messages.get("ui.board.extendAllTitle")
                        : Messages.get("ui.board.extendTitle", unit.unitName()));
        DateTimePicker picker = new DateTimePicker(Messages.get("ui.board.newDeadline"));
        picker.setId("new-deadline");
        VietnameseDates.apply(picker);
        Instant current = unit == null ? board.deadline() : unit.dueAt();
        picker.setValue(current.atZone(Formats.ZONE).toLocalDateTime().plusDays(2));
        picker.setHelperText(Messages.get("ui.board.currentDeadline", Formats.dateTime(current)));
        dialog.add(picker);
        footer(
                dialog,
                Messages.get("ui.board.extendSave"),
                "save-deadline",
                () -> {
                    Instant at = picker.getValue() == null
                            ? null
                            : picker.getValue().atZone(Formats.ZONE).toInstant();
                    return attempt(() -> onSave.run(at), Map.of("deadline", picker), Messages.get("ui.board.extended"));
                },
                done);
        return dialog;
    }

    /** "Giao lại": a role of the report to another chi bộ. */
    static Dialog reassign(ProgressBoard board, List<UnitChoice> units, Action<String[]> onSave, Runnable done) {
        Dialog dialog = dialog(Messages.get("ui.board.reassignTitle"));
        ComboBox<String> role = new ComboBox<>(Messages.get("ui.board.role"));
        role.setId("reassign-role");
        role.setItems(board.units().stream()
                .flatMap(u -> u.roles().stream())
                .distinct()
                .toList());
        role.setItemLabelGenerator(r -> r + " — "
                + board.units().stream()
                        .filter(u -> u.roles().contains(r))
                        .map(ProgressBoard.UnitProgress::unitName)
                        .findFirst()
                        .orElse(""));
        ComboBox<UnitChoice> unit = new ComboBox<>(Messages.get("ui.board.toUnit"));
        unit.setId("reassign-unit");
        unit.setItems(units);
        unit.setItemLabelGenerator(UnitChoice::name);
        role.setWidthFull();
        unit.setWidthFull();
        dialog.add(role, unit);
        footer(
                dialog,
                Messages.get("ui.board.reassignSave"),
                "save-reassign",
                () -> attempt(
                        () -> onSave.run(new String[] {
                            role.getValue(),
                            unit.getValue() == null ? null : unit.getValue().code()
                        }),
                        Map.of("roleKey", role, "unitCode", unit),
                        Messages.get("ui.board.reassigned")),
                done);
        return dialog;
    }

    /** "Hủy báo cáo" with its required reason. */
    static Dialog cancel(Action<String> onSave, Runnable done) {
        Dialog dialog = dialog(Messages.get("ui.board.cancelTitle"));
        dialog.add(new Paragraph(Messages.get("ui.board.cancelText")));
        TextArea reason = new TextArea(Messages.get("ui.board.cancelReason"));
        reason.setId("cancel-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        dialog.add(reason);
        footer(
                        dialog,
                        Messages.get("ui.board.cancelSave"),
                        "confirm-cancel",
                        () -> attempt(
                                () -> onSave.run(reason.getValue()),
                                Map.of("reason", reason),
                                Messages.get("ui.board.cancelled")),
                        done)
                .addThemeVariants(ButtonVariant.LUMO_ERROR);
        return dialog;
    }

    private static Dialog dialog(String title) {
        Dialog dialog = new Dialog(title);
        dialog.setWidth("min(32em, 95vw)");
        dialog.addClassName("board-dialog");
        return dialog;
    }

    private static Button footer(
            Dialog dialog, String label, String id, java.util.function.BooleanSupplier save, Runnable done) {
        Button ok = new Button(label, e -> {
            if (save.getAsBoolean()) {
                dialog.close();
                done.run();
            }
        });
        ok.setId(id);
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // "Quay lại", not "Hủy": next to "Hủy báo cáo" a second "Hủy" reads as the same action
        Button close = new Button(Messages.get("ui.back"), e -> dialog.close());
        close.setId(id + "-back");
        dialog.getFooter().add(close, ok);
        return ok;
    }

    /** Runs the service call; a refusal marks the fields it names and keeps the dialog open with what was typed. */
    private static boolean attempt(Runnable call, Map<String, HasValidation> fields, String success) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            call.run();
        } catch (AppException e) {
            e.violations().forEach(v -> {
                HasValidation field = fields.get(v.field());
                if (field != null) {
                    field.setErrorMessage(v.message());
                    field.setInvalid(true);
                }
            });
            Notices.error(e);
            return false;
        }
        Notices.success(success);
        return true;
    }
}
