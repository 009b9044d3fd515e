package vn.dangbo.baocao.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExpressionTest {

    private static Map<String, BigDecimal> values(Object... pairs) {
        Map<String, BigDecimal> out = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], new BigDecimal(pairs[i + 1].toString()));
        }
        return out;
    }

    @Test
    void computesARate() {
        Expression rate = Expression.parse("online / received * 100");
        assertThat(rate.keys()).containsExactly("online", "received");
        assertThat(rate.condition()).isFalse();
        assertThat(rate.value(values("online", 5787, "received", 5808)).orElseThrow())
                .isCloseTo(new BigDecimal("99.6384"), org.assertj.core.data.Offset.offset(new BigDecimal("0.0001")));
    }

    @Test
    void honoursPrecedenceParenthesesAndUnaryMinus() {
        assertThat(Expression.parse("1 + 2 * 3").value(Map.of())).contains(new BigDecimal("7"));
        assertThat(Expression.parse("(1 + 2) * 3").value(Map.of())).contains(new BigDecimal("9"));
        assertThat(Expression.parse("-a + 10 - 2 - 3").value(values("a", 1))).contains(new BigDecimal("4"));
        assertThat(Expression.parse("0.5 * 4").value(Map.of()).orElseThrow()).isEqualByComparingTo("2");
    }

    @Test
    void divisionByZeroIsEmptyNotAnError() {
        assertThat(Expression.parse("a / b * 100").value(values("a", 3, "b", 0)))
                .isEmpty();
    }

    @Test
    void arithmeticWithAMissingValueIsEmpty() {
        assertThat(Expression.parse("a + b").value(values("a", 3))).isEmpty();
    }

    @Test
    void ruleOverEmptyValuesIsUndecided() {
        Expression rule = Expression.parse("on_time <= received");
        assertThat(rule.condition()).isTrue();
        assertThat(rule.test(values("on_time", 5))).isEmpty();
        assertThat(rule.test(values("on_time", 5, "received", 4))).contains(false);
        assertThat(rule.test(values("on_time", 4, "received", 4))).contains(true);
    }

    @Test
    void andOrNotAreThreeValued() {
        Expression both = Expression.parse("a > 0 and b > 0");
        assertThat(both.test(values("a", -1))).contains(false);
        assertThat(both.test(values("a", 1))).isEmpty();
        Expression either = Expression.parse("a > 0 or b > 0");
        assertThat(either.test(values("a", 1))).contains(true);
        assertThat(Expression.parse("not (a == b)").test(values("a", 1, "b", 2)))
                .contains(true);
        assertThat(Expression.parse("a != b").test(values("a", 1, "b", 1))).contains(false);
    }

    @Test
    void minMaxIgnoreEmptyAndIfemptyFillsIn() {
        assertThat(Expression.parse("min(a, b, 7)").value(values("a", 3))).contains(new BigDecimal("3"));
        assertThat(Expression.parse("max(a, b)").value(values("b", 9, "a", 2))).contains(new BigDecimal("9"));
        assertThat(Expression.parse("ifempty(a, 0) + 1").value(Map.of())).contains(new BigDecimal("1"));
    }

    @Test
    void comparesNumbersRegardlessOfScale() {
        assertThat(Expression.parse("a == 100").test(values("a", "100.00"))).contains(true);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "T(java.lang.Runtime).getRuntime()",
                "new java.io.File('x')",
                "x.getClass()",
                "#root",
                "@bean",
                "a = 1",
                "'text'",
                "a[0]",
                "System.exit(0)",
                "getClass()",
                "a ; b",
                "${a}",
                "a ? b : c"
            })
    void refusesAnythingButArithmetic(String text) {
        assertThatThrownBy(() -> Expression.parse(text)).isInstanceOf(ExpressionException.class);
    }

    @Test
    void explainsVietnameseDecimalCommaInFormulas() {
        assertThatThrownBy(() -> Expression.parse("a * 0,5"))
                .isInstanceOf(ExpressionException.class)
                .hasMessageContaining("dấu chấm");
    }

    @Test
    void refusesUnknownFunctionsAndMixedTypes() {
        assertThatThrownBy(() -> Expression.parse("exec(a)")).hasMessageContaining("Hàm không được hỗ trợ");
        assertThatThrownBy(() -> Expression.parse("(a < b) + 1")).hasMessageContaining("cần số");
        assertThatThrownBy(() -> Expression.parse("a and b")).hasMessageContaining("cần điều kiện");
        assertThatThrownBy(() -> Expression.parse("a < b < c")).isInstanceOf(ExpressionException.class);
        assertThatThrownBy(() -> Expression.parse("a +")).hasMessageContaining("chưa kết thúc");
        assertThatThrownBy(() -> Expression.parse("")).hasMessageContaining("trống");
    }

    @Test
    void refusesHugeOrDeeplyNestedInput() {
        assertThatThrownBy(() -> Expression.parse("a+".repeat(300) + "a")).hasMessageContaining("quá dài");
        assertThatThrownBy(() -> Expression.parse("(".repeat(100) + "a" + ")".repeat(100)))
                .hasMessageContaining("quá sâu");
        assertThatThrownBy(() -> Expression.parse("-".repeat(100) + "a")).hasMessageContaining("quá sâu");
    }
}
