package vn.dangbo.baocao.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplatePlaceholdersTest {

    @Test
    void periodLabelsAreWrittenInVietnamese() {
        assertThat(PeriodLabel.of("MONTH", 2026, 4)).isEqualTo("tháng 4 năm 2026");
        assertThat(PeriodLabel.of("QUARTER", 2026, 2)).isEqualTo("quý II năm 2026");
        assertThat(PeriodLabel.of("HALF_YEAR", 2026, 1)).isEqualTo("6 tháng đầu năm 2026");
        assertThat(PeriodLabel.of("YEAR", 2026, 0)).isEqualTo("năm 2026");
    }

    @Test
    void fillsTheClosingOfTheMonthlyTemplate() {
        ReportTemplate t = Templates.load("nq57-thang.yml");
        Map<String, String> values = Placeholders.forReport("MONTH", 2026, 4, "Đảng ủy xã Xuân Hưng", "Xuân Hưng");
        assertThat(Placeholders.fill(t.subject().get(2), values)).isEqualTo("tháng 4 năm 2026");
        assertThat(Placeholders.fill(t.closing(), values))
                .endsWith("chuyển đổi số quốc gia tháng 4 năm 2026, Đảng ủy xã Xuân Hưng trân trọng báo cáo./.");
        assertThat(Placeholders.fill(t.basis(), values))
                .contains("Ban Thường vụ Đảng ủy xã Xuân Hưng báo cáo")
                .doesNotContain("{");
    }

    @Test
    void unknownPlaceholdersAreLeftAsWritten() {
        assertThat(Placeholders.fill("{year} {other} $1", Map.of("year", "2026")))
                .isEqualTo("2026 {other} $1");
    }
}
