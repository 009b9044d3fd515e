package vn.dangbo.baocao.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import org.junit.jupiter.api.Test;

class VietnameseDatesTest {

    @Test
    void pickersShowVietnameseMonthsAndDaysAndReadDayMonthYear() {
        DatePicker.DatePickerI18n i18n = VietnameseDates.i18n();
        assertThat(i18n.getMonthNames()).hasSize(12).startsWith("Tháng 1").endsWith("Tháng 12");
        assertThat(i18n.getWeekdays()).hasSize(7).startsWith("Chủ nhật", "Thứ hai");
        assertThat(i18n.getWeekdaysShort()).containsExactly("CN", "T2", "T3", "T4", "T5", "T6", "T7");
        assertThat(i18n.getDateFormats()).containsExactly("dd/MM/yyyy");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getToday()).isEqualTo("Hôm nay");
    }
}
