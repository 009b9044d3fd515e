package vn.dangbo.baocao.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class VietnameseNumbersTest {

    @Test
    void readsNumbersAsVietnameseWriteThem() {
        assertThat(VietnameseNumbers.parse("1.235")).isEqualByComparingTo("1235");
        assertThat(VietnameseNumbers.parse("1.235,5")).isEqualByComparingTo("1235.5");
        assertThat(VietnameseNumbers.parse("99,6")).isEqualByComparingTo("99.6");
        assertThat(VietnameseNumbers.parse("99,6%")).isEqualByComparingTo("99.6");
        assertThat(VietnameseNumbers.parse("2.500.000.000")).isEqualByComparingTo("2500000000");
        assertThat(VietnameseNumbers.parse(" 807 ")).isEqualByComparingTo("807");
        assertThat(VietnameseNumbers.parse("abc")).isNull();
        assertThat(VietnameseNumbers.parse("1,2,3")).isNull();
    }

    @Test
    void formatsWithDotGroupsAndCommaDecimals() {
        assertThat(VietnameseNumbers.format(new BigDecimal("5787"))).isEqualTo("5.787");
        assertThat(VietnameseNumbers.format(new BigDecimal("1235.5"))).isEqualTo("1.235,5");
        assertThat(VietnameseNumbers.format(new BigDecimal("99.6384"), 1)).isEqualTo("99,6");
        assertThat(VietnameseNumbers.format(new BigDecimal("99.96"), 1)).isEqualTo("100");
        assertThat(VietnameseNumbers.format(new BigDecimal("0.05"), 1)).isEqualTo("0,1");
    }
}
