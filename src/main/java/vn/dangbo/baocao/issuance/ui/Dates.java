package vn.dangbo.baocao.issuance.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import vn.dangbo.baocao.common.Messages;

/** Date pickers that read and write dd/MM/yyyy, weeks starting on Monday. */
final class Dates {

    private Dates() {
    }

    static DatePicker picker(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(Messages.VIETNAMESE);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat("dd/MM/yyyy");
        i18n.setFirstDayOfWeek(1);
        picker.setI18n(i18n);
        picker.setClearButtonVisible(true);
        return picker;
    }
}
