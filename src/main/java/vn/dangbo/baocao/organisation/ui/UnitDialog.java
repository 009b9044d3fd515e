package vn.dangbo.baocao.organisation.ui;

import static vn.dangbo.baocao.organisation.ui.Forms.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.Map;
import java.util.function.Consumer;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.identity.UnitKind;
import vn.dangbo.baocao.organisation.NewUnit;
import vn.dangbo.baocao.organisation.UnitChange;
import vn.dangbo.baocao.organisation.UnitSummary;

/** Creates a unit, or renames and (de)activates one. */
class UnitDialog extends Dialog {
    Button ok;

    final TextField code = new TextField(t("ui.admin.code"));
    final TextField name = new TextField(t("ui.admin.name"));
    final Select<UnitKind> kind = new Select<>();
    final Checkbox active = new Checkbox(t("ui.admin.active"));

    /** A dialog for a new unit; {@code save} throws AppException to keep the dialog open. */
    static UnitDialog create(Consumer<NewUnit> save) {
        UnitDialog dialog = new UnitDialog(t("ui.admin.newUnit"));
        Binder<NewUnit> binder = new Binder<>(NewUnit.class);
        binder.forField(dialog.code).asRequired(t("error.unit.code")).bind("code");
        binder.forField(dialog.name).asRequired(t("error.unit.name")).bind("name");
        binder.forField(dialog.kind).asRequired(t("error.unit.kind")).bind("kind");
        binder.readRecord(new NewUnit("", "", UnitKind.CHI_BO));
        dialog.active.setVisible(false);
        dialog.footer(() -> save.accept(binder.writeRecord()));
        return dialog;
    }

    static UnitDialog edit(UnitSummary unit, Consumer<UnitChange> save) {
        UnitDialog dialog = new UnitDialog(unit.name());
        Binder<UnitChange> binder = new Binder<>(UnitChange.class);
        binder.forField(dialog.name).asRequired(t("error.unit.name")).bind("name");
        binder.forField(dialog.active).bind("active");
        binder.readRecord(new UnitChange(unit.name(), unit.active()));
        dialog.code.setValue(unit.code());
        dialog.code.setReadOnly(true);
        dialog.kind.setValue(unit.kind());
        dialog.kind.setReadOnly(true);
        dialog.footer(() -> save.accept(binder.writeRecord()));
        return dialog;
    }

    private UnitDialog(String title) {
        setHeaderTitle(title);
        kind.setLabel(t("ui.admin.kind"));
        kind.setItems(UnitKind.values());
        kind.setItemLabelGenerator(k -> t("unit.kind." + k.name()));
        code.setHelperText(t("error.unit.code"));
        add(new FormLayout(code, name, kind, active));
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
                Forms.show(refused, Map.of("code", code, "name", name, "kind", kind, "active", name));
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(t("ui.admin.cancel"), e -> close()), ok);
    }
}
