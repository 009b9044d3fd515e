package vn.dangbo.baocao.common.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.util.Arrays;
import java.util.List;
import vn.dangbo.baocao.common.Messages;

/** Date pickers in Vietnamese: dd/MM/yyyy, month and day names, weeks starting on Monday. */
public final class VietnameseDates {

    private VietnameseDates() {}

    public static DatePicker.DatePickerI18n i18n() {
        return new DatePicker.DatePickerI18n()
                .setDateFormat("dd/MM/yyyy")
                .setFirstDayOfWeek(1)
                .setMonthNames(names("ui.date.months"))
                .setWeekdays(names("ui.date.weekdays"))
                .setWeekdaysShort(names("ui.date.weekdaysShort"))
                .setToday(Messages.get("ui.date.today"))
                .setCancel(Messages.get("ui.date.cancel"));
    }

    public static DatePicker apply(DatePicker picker) {
        picker.setLocale(Messages.VIETNAMESE);
        picker.setI18n(i18n());
        return picker;
    }

    public static DateTimePicker apply(DateTimePicker picker) {
        picker.setLocale(Messages.VIETNAMESE);
        picker.setDatePickerI18n(i18n());
        return picker;
    }

    private static List<String> names(String key) {
        return Arrays.stream(Messages.get(key).split(",")).map(String::strip).toList();
    }
}
