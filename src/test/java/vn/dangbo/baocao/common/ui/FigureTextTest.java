package vn.dangbo.baocao.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FigureTextTest {

    @Test
    void thousandsAreGroupedWithADotAndDecimalsTakeAComma() {
        assertThat(FigureText.of("1003", "—")).isEqualTo("1.003");
        assertThat(FigureText.of("1234567.5", "—")).isEqualTo("1.234.567,5");
        assertThat(FigureText.of("12", "—")).isEqualTo("12");
    }

    @Test
    void anEmptyFigureSaysSoAndTextStaysAsTyped() {
        assertThat(FigureText.of(null, "(trống)")).isEqualTo("(trống)");
        assertThat(FigureText.of(" ", "—")).isEqualTo("—");
        assertThat(FigureText.of("khoảng 10", "—")).isEqualTo("khoảng 10");
    }
}
