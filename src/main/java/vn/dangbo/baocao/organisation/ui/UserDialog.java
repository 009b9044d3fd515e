package vn.dangbo.baocao.organisation.ui;

import static vn.dangbo.baocao.organisation.ui.Forms.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.converter.Converter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.identity.Role;
import vn.dangbo.baocao.organisation.NewUser;
import vn.dangbo.baocao.organisation.UnitSummary;
import vn.dangbo.baocao.organisation.UserChange;
import vn.dangbo.baocao.organisation.UserSummary;

/** Creates a user, or changes one: name, unit, roles, signature title, whether they may sign in. */
class UserDialog extends Dialog {
    Button ok;

    final TextField username = new TextField(t("ui.admin.username"));
    final TextField fullName = new TextField(t("ui.admin.fullName"));
    final ComboBox<UnitSummary> unit = new ComboBox<>(t("ui.admin.unit"));
    final CheckboxGroup<Role> roles = new CheckboxGroup<>(t("ui.admin.roles"));
    final ComboBox<String> position = new ComboBox<>(t("ui.admin.position"));
    final PasswordField password =
            vn.dangbo.baocao.common.ui.VietnamesePasswords.apply(new PasswordField(t("ui.admin.password")));
    final Checkbox enabled = new Checkbox(t("ui.admin.enabled"));
    private final List<UnitSummary> units;

    static UserDialog create(List<UnitSummary> units, List<String> positions, Consumer<NewUser> save) {
        UserDialog dialog = new UserDialog(t("ui.admin.newUser"), units, positions);
        Binder<NewUser> binder = new Binder<>(NewUser.class);
        binder.forField(dialog.username).asRequired(t("error.user.username")).bind("username");
        binder.forField(dialog.fullName).asRequired(t("error.user.fullName")).bind("fullName");
        binder.forField(dialog.unit)
                .asRequired(t("error.user.unit"))
                .withConverter(dialog.unitCode())
                .bind("unitCode");
        binder.forField(dialog.roles).asRequired(t("error.user.roles")).bind("roles");
        binder.forField(dialog.position).bind("position");
        binder.forField(dialog.password)
                .asRequired(t("error.password.short", 10))
                .bind("password");
        binder.readRecord(new NewUser("", "", null, Set.of(Role.UNIT), null, ""));
        dialog.enabled.setVisible(false);
        dialog.footer(() -> save.accept(binder.writeRecord()));
        return dialog;
    }

    static UserDialog edit(
            UserSummary user, List<UnitSummary> units, List<String> positions, Consumer<UserChange> save) {
        UserDialog dialog = new UserDialog(user.fullName(), units, positions);
        Binder<UserChange> binder = new Binder<>(UserChange.class);
        binder.forField(dialog.fullName).asRequired(t("error.user.fullName")).bind("fullName");
        binder.forField(dialog.unit)
                .asRequired(t("error.user.unit"))
                .withConverter(dialog.unitCode())
                .bind("unitCode");
        binder.forField(dialog.roles).asRequired(t("error.user.roles")).bind("roles");
        // an emptied title must reach the service as "" (clear), not null (unchanged)
        binder.forField(dialog.position)
                .withConverter(v -> v == null ? "" : v, v -> v == null || v.isEmpty() ? null : v)
                .bind("position");
        binder.forField(dialog.enabled).bind("enabled");
        binder.readRecord(new UserChange(
                user.fullName(),
                user.unitCode(),
                user.roles(),
                user.position() == null ? "" : user.position(),
                user.enabled()));
        dialog.username.setValue(user.username());
        dialog.username.setReadOnly(true);
        dialog.password.setVisible(false);
        dialog.footer(() -> save.accept(binder.writeRecord()));
        return dialog;
    }

    /** @param positions the organisation's signer positions (BÍ THƯ, PHÓ BÍ THƯ / CHỦ TỊCH, …) */
    private UserDialog(String title, List<UnitSummary> units, List<String> positions) {
        this.units = units;
        setHeaderTitle(title);
        unit.setItems(units.stream().filter(UnitSummary::active).toList());
        unit.setItemLabelGenerator(u -> u.name() + " (" + u.code() + ")");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> t("role." + r.name()));
        position.setItems(positions);
        position.setClearButtonVisible(true);
        username.setHelperText(t("error.user.username"));
        add(new FormLayout(username, fullName, unit, roles, position, password, enabled));
    }

    private Converter<UnitSummary, String> unitCode() {
        return Converter.from(
                u -> Result.ok(u == null ? null : u.code()),
                code -> units.stream()
                        .filter(u -> u.code().equals(code))
                        .findFirst()
                        .orElse(null));
    }

    interface Action {
        void run() throws ValidationException;
    }

    private void footer(Action save) {
        ok = new Button(t("ui.admin.save"), e -> {
            try {
                save.run();
                close();
            } catch (ValidationException invalid) {
                // the binder marks the fields
            } catch (AppException refused) {
                Forms.show(
                        refused,
                        Map.of(
                                "username",
                                username,
                                "fullName",
                                fullName,
                                "unitCode",
                                unit,
                                "roles",
                                roles,
                                "position",
                                position,
                                "password",
                                password));
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(t("ui.admin.cancel"), e -> close()), ok);
    }
}
