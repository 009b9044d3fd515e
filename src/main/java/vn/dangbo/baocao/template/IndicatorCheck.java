package vn.dangbo.baocao.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and checks the indicator values typed for one item. */
public final class IndicatorCheck {

    private IndicatorCheck() {
    }

    public static CheckResult check(TemplateItem item, Map<String, String> raw) {
        Map<String, String> normalized = new LinkedHashMap<>();
        Map<String, String> display = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (Indicator indicator : item.indicators()) {
            if (indicator.computed()) {
                continue;
            }
            String value = raw == null ? null : raw.get(indicator.key());
            if (value == null || value.isBlank()) {
                continue;
            }
            if (!indicator.type().numeric()) {
                normalized.put(indicator.key(), value.strip());
                display.put(indicator.key(), value.strip());
                continue;
            }
            BigDecimal number = VietnameseNumbers.parse(value);
            if (number == null) {
                errors.add(new FieldError(indicator.key(),
                        "\"" + indicator.label() + "\" phải là một số (ví dụ 1.235 hoặc 99,6)."));
                continue;
            }
            normalized.put(indicator.key(), number.toPlainString());
            display.put(indicator.key(), VietnameseNumbers.format(number));
        }
        return new CheckResult(normalized, display, errors, List.of());
    }
}
