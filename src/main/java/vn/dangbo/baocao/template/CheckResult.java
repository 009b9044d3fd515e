package vn.dangbo.baocao.template;

import java.util.List;
import java.util.Map;

/**
 * The indicator values of one item after checking.
 *
 * @param normalized canonical values to store: numbers as plain decimals ("1235.5"), text as typed
 * @param display values as shown in Vietnamese ("1.235,5", "99,6%"), computed ones included
 * @param errors values that cannot be read (wrong type, out of range): they block saving
 * @param broken rules that do not hold: they block submitting, not saving
 */
public record CheckResult(
        Map<String, String> normalized, Map<String, String> display, List<FieldError> errors, List<FieldError> broken) {

    public boolean readable() {
        return errors.isEmpty();
    }
}
