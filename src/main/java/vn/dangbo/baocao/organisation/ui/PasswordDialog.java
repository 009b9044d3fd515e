package vn.dangbo.baocao.organisation.ui;

import static vn.dangbo.baocao.organisation.ui.Forms.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import vn.dangbo.baocao.common.AppException;

/** "Đổi mật khẩu": the user's own (with the current one), or a reset by the administrator. */
class PasswordDialog extends Dialog {
    Button ok;

    /** What the form holds; the repetition is only a typing check of the form. */
    public record PasswordForm(String currentPassword, String newPassword, String repeat) {}

    /** The user changes their own password. */
    interface OwnChange {
        void change(String currentPassword, String newPassword);
    }

    final PasswordField current =
            vn.dangbo.baocao.common.ui.VietnamesePasswords.apply(new PasswordField(t("ui.password.current")));
    final PasswordField fresh =
            vn.dangbo.baocao.common.ui.VietnamesePasswords.apply(new PasswordField(t("ui.password.new")));
    final PasswordField repeat =
            vn.dangbo.baocao.common.ui.VietnamesePasswords.apply(new PasswordField(t("ui.password.repeat")));
    private final Binder<PasswordForm> binder = new Binder<>(PasswordForm.class);

    static PasswordDialog own(OwnChange change) {
        PasswordDialog dialog = new PasswordDialog(t("ui.password.title"), true);
        dialog.footer(form -> change.change(form.currentPassword(), form.newPassword()));
        return dialog;
    }

    static PasswordDialog reset(String username, Consumer<String> reset) {
        PasswordDialog dialog = new PasswordDialog(t("ui.admin.resetPassword") + ": " + username, false);
        dialog.footer(form -> reset.accept(form.newPassword()));
        return dialog;
    }

    private PasswordDialog(String title, boolean withCurrent) {
        setHeaderTitle(title);
        current.setVisible(withCurrent);
        if (withCurrent) {
            binder.forField(current).asRequired(t("error.password.current")).bind("currentPassword");
        } else {
            binder.forField(current).bind("currentPassword");
        }
        binder.forField(fresh).asRequired(t("error.password.short", 10)).bind("newPassword");
        binder.forField(repeat)
                .withValidator(value -> Objects.equals(value, fresh.getValue()), t("error.password.mismatch"))
                .bind("repeat");
        binder.readRecord(new PasswordForm("", "", ""));
        add(new FormLayout(current, fresh, repeat));
    }

    private void footer(Consumer<PasswordForm> save) {
        ok = new Button(t("ui.admin.save"), e -> {
            try {
                save.accept(binder.writeRecord());
                close();
            } catch (ValidationException invalid) {
                // the binder marks the fields
            } catch (AppException refused) {
                Forms.show(refused, Map.of("currentPassword", current, "newPassword", fresh, "password", fresh));
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(t("ui.admin.cancel"), e -> close()), ok);
    }
}
