package vn.dangbo.baocao.platform.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.Violation;
import vn.dangbo.baocao.common.ui.Notices;
import vn.dangbo.baocao.common.ui.VietnameseDates;
import vn.dangbo.baocao.platform.NewPlatformOrganisation;
import vn.dangbo.baocao.platform.OrganisationChange;
import vn.dangbo.baocao.platform.OrganisationEntry;

/** Creates or edits an organisation; a refusal keeps the dialog open with everything typed. */
class OrganisationDialog extends Dialog {

    private static final String DEFAULT = "";
    private static final List<String> PROFILES = List.of(DEFAULT, "party-36", "state-30");
    private static final String NO_PARENT = "";

    final TextField code = new TextField(Messages.get("ui.platform.code"));
    final TextField name = new TextField(Messages.get("ui.platform.name"));
    final TextField superior = new TextField(Messages.get("ui.platform.superior"));
    final TextField place = new TextField(Messages.get("ui.platform.place"));
    final TextField shortName = new TextField(Messages.get("ui.platform.shortName"));
    final TextField issuerCode = new TextField(Messages.get("ui.platform.issuerCode"));
    final DatePicker termStart = VietnameseDates.apply(new DatePicker(Messages.get("ui.platform.termStart")));
    final Select<String> formatProfile = new Select<>();
    final Select<String> parent = new Select<>();
    final TextField adminUsername = new TextField(Messages.get("ui.platform.adminUsername"));
    final PasswordField adminPassword = new PasswordField(Messages.get("ui.platform.adminPassword"));
    final TextField adminFullName = new TextField(Messages.get("ui.platform.adminFullName"));

    static String profileLabel(String id) {
        return id == null || id.isEmpty()
                ? Messages.get("ui.platform.profileDefault")
                : Messages.get("ui.platform.profile." + id);
    }

    static OrganisationDialog create(List<OrganisationEntry> all, Consumer<NewPlatformOrganisation> save) {
        OrganisationDialog d = new OrganisationDialog(Messages.get("ui.platform.new"), all, null);
        d.issuerCode.setValue("ĐU");
        d.footer(() -> save.accept(new NewPlatformOrganisation(
                d.code.getValue().strip(),
                d.name.getValue(),
                d.superior.getValue(),
                d.place.getValue(),
                d.shortName.getValue(),
                d.issuerCode.getValue(),
                d.termStart.getValue(),
                d.formatProfile.getValue(),
                d.parent.getValue(),
                new NewPlatformOrganisation.FirstAdmin(
                        d.adminUsername.getValue().strip(), d.adminPassword.getValue(), d.adminFullName.getValue()))));
        return d;
    }

    static OrganisationDialog edit(
            OrganisationEntry o, List<OrganisationEntry> all, Consumer<OrganisationChange> save) {
        OrganisationDialog d = new OrganisationDialog(o.name(), all, o.code());
        d.code.setValue(o.code());
        d.code.setReadOnly(true);
        d.name.setValue(o.name());
        d.superior.setValue(o.superior());
        d.place.setValue(o.place());
        d.shortName.setValue(o.shortName());
        d.issuerCode.setValue(o.issuerCode());
        d.termStart.setValue(o.termStart());
        d.formatProfile.setValue(o.formatProfile() == null ? DEFAULT : o.formatProfile());
        d.parent.setValue(o.parentCode() == null ? NO_PARENT : o.parentCode());
        d.adminUsername.setVisible(false);
        d.adminPassword.setVisible(false);
        d.adminFullName.setVisible(false);
        d.footer(() -> save.accept(new OrganisationChange(
                d.name.getValue(),
                d.superior.getValue(),
                d.place.getValue(),
                d.shortName.getValue(),
                d.issuerCode.getValue(),
                d.termStart.getValue(),
                d.formatProfile.getValue(),
                d.parent.getValue())));
        return d;
    }

    private OrganisationDialog(String title, List<OrganisationEntry> all, String self) {
        setHeaderTitle(title);
        formatProfile.setLabel(Messages.get("ui.platform.formatProfile"));
        formatProfile.setItems(PROFILES);
        formatProfile.setItemLabelGenerator(OrganisationDialog::profileLabel);
        formatProfile.setValue(DEFAULT);
        List<String> parents = new ArrayList<>(List.of(NO_PARENT));
        all.stream().map(OrganisationEntry::code).filter(c -> !c.equals(self)).forEach(parents::add);
        parent.setLabel(Messages.get("ui.platform.parent"));
        parent.setItems(parents);
        parent.setItemLabelGenerator(c -> c.isEmpty()
                ? "—"
                : all.stream()
                        .filter(o -> o.code().equals(c))
                        .map(o -> o.shortName() + " (" + c + ")")
                        .findFirst()
                        .orElse(c));
        parent.setValue(NO_PARENT);
        add(new FormLayout(
                code,
                name,
                superior,
                place,
                shortName,
                issuerCode,
                termStart,
                formatProfile,
                parent,
                adminUsername,
                adminPassword,
                adminFullName));
    }

    private void footer(Runnable save) {
        Button ok = new Button(Messages.get("ui.admin.save"), e -> {
            try {
                save.run();
                close();
            } catch (AppException refused) {
                show(refused);
            }
        });
        ok.setId("organisation-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(Messages.get("ui.admin.cancel"), e -> close()), ok);
    }

    private void show(AppException refused) {
        Map<String, HasValidation> fields = Map.ofEntries(
                Map.entry("code", code),
                Map.entry("name", name),
                Map.entry("superior", superior),
                Map.entry("place", place),
                Map.entry("shortName", shortName),
                Map.entry("issuerCode", issuerCode),
                Map.entry("termStart", termStart),
                Map.entry("formatProfile", formatProfile),
                Map.entry("parentCode", parent),
                Map.entry("admin.username", adminUsername),
                Map.entry("admin.password", adminPassword),
                Map.entry("admin.fullName", adminFullName));
        for (Violation v : refused.violations()) {
            HasValidation field = fields.get(v.field());
            if (field != null) {
                field.setErrorMessage(v.message());
                field.setInvalid(true);
            }
        }
        Notices.error(refused);
    }
}
