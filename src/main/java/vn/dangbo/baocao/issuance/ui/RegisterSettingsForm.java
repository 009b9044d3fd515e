package vn.dangbo.baocao.issuance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.issuance.RegisterSetting;
import vn.dangbo.baocao.issuance.RegisterSettings;

/** Term start and first number of a register, for the office and admins. */
class RegisterSettingsForm extends Details {

    private final RegisterSettings settings;
    private final Actor actor;
    private final Select<String> type = new Select<>();
    private final DatePicker termStart = Dates.picker(Messages.get("ui.register.termStart"));
    private final IntegerField firstNumber = new IntegerField(Messages.get("ui.register.firstNumber"));

    RegisterSettingsForm(RegisterSettings settings, Actor actor) {
        super(Messages.get("ui.register.settings"));
        this.settings = settings;
        this.actor = actor;
        type.setLabel(Messages.get("ui.register.documentType"));
        type.setItems(settings.documentTypes());
        type.setValue(
                settings.documentTypes().contains("BC")
                        ? "BC"
                        : settings.documentTypes().get(0));
        type.addValueChangeListener(e -> load());
        firstNumber.setMin(1);
        firstNumber.setStepButtonsVisible(true);
        Button save = new Button(Messages.get("ui.register.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(type, termStart, firstNumber, save);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new Paragraph(Messages.get("ui.register.settingsHelp")), row);
        load();
    }

    private void load() {
        RegisterSetting setting = settings.current(actor, type.getValue());
        termStart.setValue(setting.termStart());
        firstNumber.setValue(setting.firstNumber());
    }

    private void save() {
        try {
            settings.update(actor, type.getValue(), termStart.getValue(), firstNumber.getValue());
            Notifications.success(Messages.get("ui.register.saved"));
        } catch (AppException e) {
            Notifications.error(e);
        }
    }
}
