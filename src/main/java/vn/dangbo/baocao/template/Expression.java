package vn.dangbo.baocao.template;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A formula ({@code online / received * 100}) or a rule ({@code on_time <= received}) written in a template.
 * Templates are user input, so this is a closed arithmetic language evaluated over a map of numbers:
 * no reflection, no method calls, no access to anything but the values given. See docs/templates.md.
 */
public final class Expression {

    private final String text;
    private final Node root;
    private final Set<String> keys;

    private Expression(String text, Node root) {
        this.text = text;
        this.root = root;
        Set<String> found = new LinkedHashSet<>();
        root.keys(found);
        this.keys = Collections.unmodifiableSet(found);
    }

    /** @throws ExpressionException with a Vietnamese message when the text is not a valid expression */
    public static Expression parse(String text) {
        return new Expression(text, ExpressionParser.parse(text));
    }

    public String text() {
        return text;
    }

    /** The indicator keys named, in order of appearance. */
    public Set<String> keys() {
        return keys;
    }

    /** True for a rule (comparison, and/or/not), false for a formula giving a number. */
    public boolean condition() {
        return root.condition();
    }

    /** The number, or empty when a value it needs is empty or it divides by zero. */
    public Optional<BigDecimal> value(Map<String, BigDecimal> values) {
        if (condition()) {
            throw new IllegalStateException("not a formula: " + text);
        }
        return Optional.ofNullable((BigDecimal) root.eval(values));
    }

    /** True or false, or empty when it cannot be decided yet (values not filled). */
    public Optional<Boolean> test(Map<String, BigDecimal> values) {
        if (!condition()) {
            throw new IllegalStateException("not a rule: " + text);
        }
        return Optional.ofNullable((Boolean) root.eval(values));
    }

    @Override
    public String toString() {
        return text;
    }
}
