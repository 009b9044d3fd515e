package vn.dangbo.baocao.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The check of every item of a report that has indicators, keyed by item code. */
public record ReportCheck(Map<String, CheckResult> items) {

    public ReportCheck {
        items = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(items));
    }

    /** Values that cannot be read, over all items: they block saving. */
    public List<FieldError> errors() {
        return items.values().stream().flatMap(r -> r.errors().stream()).toList();
    }

    /** Broken rules over all items: they block submitting and forwarding. */
    public List<FieldError> broken() {
        return items.values().stream().flatMap(r -> r.broken().stream()).toList();
    }

    public boolean readable() {
        return errors().isEmpty();
    }

    public boolean consistent() {
        return errors().isEmpty() && broken().isEmpty();
    }

    /** Every display value by indicator key (keys are unique in a template), e.g. for {@link IndicatorTable#grid}. */
    public Map<String, String> display() {
        Map<String, String> all = new LinkedHashMap<>();
        items.values().forEach(r -> all.putAll(r.display()));
        return all;
    }
}
