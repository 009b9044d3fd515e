package vn.dangbo.baocao.issuance.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import vn.dangbo.baocao.common.ui.VietnameseDates;

/** Date pickers of the register screen: Vietnamese, with a clear button. */
final class Dates {

    private Dates() {}

    static DatePicker picker(String label) {
        DatePicker picker = VietnameseDates.apply(new DatePicker(label));
        picker.setClearButtonVisible(true);
        return picker;
    }
}
