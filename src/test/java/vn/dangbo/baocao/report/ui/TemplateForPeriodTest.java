package vn.dangbo.baocao.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.dangbo.baocao.report.PeriodKind;

class TemplateForPeriodTest {

    private static final String MONTHLY = "Báo cáo tháng tình hình thực hiện Nghị quyết số 57-NQ/TW";
    private static final String YEARLY = "Báo cáo năm tình hình thực hiện Nghị quyết số 57-NQ/TW";

    @Test
    void aMonthGetsTheMonthlyTemplateAndAYearTheYearlyOne() {
        assertThat(TemplateForPeriod.fits(MONTHLY, PeriodKind.MONTH)).isTrue();
        assertThat(TemplateForPeriod.fits(YEARLY, PeriodKind.MONTH)).isFalse();
        assertThat(TemplateForPeriod.fits(YEARLY, PeriodKind.YEAR)).isTrue();
        assertThat(TemplateForPeriod.fits(MONTHLY, PeriodKind.YEAR)).isFalse();
    }

    @Test
    void halfYearIsNotTakenForAMonth() {
        String half = "Báo cáo 6 tháng đầu năm";
        assertThat(TemplateForPeriod.fits(half, PeriodKind.HALF_YEAR)).isTrue();
        assertThat(TemplateForPeriod.fits(half, PeriodKind.MONTH)).isFalse();
        assertThat(TemplateForPeriod.fits("Báo cáo quý", PeriodKind.QUARTER)).isTrue();
    }
}
