package vn.dangbo.baocao.template;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed expression. Evaluation yields a BigDecimal, a Boolean, or null for "empty" (a value not yet
 * filled, or a division by zero). Only arithmetic over the given map: nothing here can reach other code.
 */
sealed interface Node {

    MathContext MATH = MathContext.DECIMAL64;

    Object eval(Map<String, BigDecimal> values);

    boolean condition();

    void keys(Set<String> into);

    record Num(BigDecimal value) implements Node {
        public Object eval(Map<String, BigDecimal> values) {
            return value;
        }

        public boolean condition() {
            return false;
        }

        public void keys(Set<String> into) {}
    }

    record Ref(String key) implements Node {
        public Object eval(Map<String, BigDecimal> values) {
            return values.get(key);
        }

        public boolean condition() {
            return false;
        }

        public void keys(Set<String> into) {
            into.add(key);
        }
    }

    record Negate(Node operand) implements Node {
        public Object eval(Map<String, BigDecimal> values) {
            BigDecimal v = (BigDecimal) operand.eval(values);
            return v == null ? null : v.negate(MATH);
        }

        public boolean condition() {
            return false;
        }

        public void keys(Set<String> into) {
            operand.keys(into);
        }
    }

    record Not(Node operand) implements Node {
        public Object eval(Map<String, BigDecimal> values) {
            Boolean v = (Boolean) operand.eval(values);
            return v == null ? null : !v;
        }

        public boolean condition() {
            return true;
        }

        public void keys(Set<String> into) {
            operand.keys(into);
        }
    }

    record Arithmetic(char op, Node left, Node right) implements Node {
        public Object eval(Map<String, BigDecimal> values) {
            BigDecimal a = (BigDecimal) left.eval(values);
            BigDecimal b = (BigDecimal) right.eval(values);
            if (a == null || b == null) {
                return null;
            }
            return switch (op) {
                case '+' -> a.add(b, MATH);
                case '-' -> a.subtract(b, MATH);
                case '*' -> a.multiply(b, MATH);
                default -> b.signum() == 0 ? null : a.divide(b, MATH);
            };
        }

        public boolean condition() {
            return false;
        }

        public void keys(Set<String> into) {
            left.keys(into);
            right.keys(into);
        }
    }

    record Comparison(String op, Node left, Node right) implements Node {
        public Object eval(Map<String, BigDecimal> values) {
            BigDecimal a = (BigDecimal) left.eval(values);
            BigDecimal b = (BigDecimal) right.eval(values);
            if (a == null || b == null) {
                return null;
            }
            int c = a.compareTo(b);
            return switch (op) {
                case "==" -> c == 0;
                case "!=" -> c != 0;
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                case ">" -> c > 0;
                default -> c >= 0;
            };
        }

        public boolean condition() {
            return true;
        }

        public void keys(Set<String> into) {
            left.keys(into);
            right.keys(into);
        }
    }

    /** Three-valued and/or: an empty side decides nothing unless the other side already does. */
    record Logic(boolean and, Node left, Node right) implements Node {
        public Object eval(Map<String, BigDecimal> values) {
            Boolean a = (Boolean) left.eval(values);
            Boolean b = (Boolean) right.eval(values);
            Boolean decisive = !and;
            if (decisive.equals(a) || decisive.equals(b)) {
                return decisive;
            }
            return a == null || b == null ? null : !decisive;
        }

        public boolean condition() {
            return true;
        }

        public void keys(Set<String> into) {
            left.keys(into);
            right.keys(into);
        }
    }

    /** min, max (ignoring empty arguments) and ifempty(value, fallback). */
    record Call(String name, List<Node> args) implements Node {
        public Object eval(Map<String, BigDecimal> values) {
            if (name.equals("ifempty")) {
                Object v = args.get(0).eval(values);
                return v != null ? v : args.get(1).eval(values);
            }
            BigDecimal best = null;
            for (Node arg : args) {
                BigDecimal v = (BigDecimal) arg.eval(values);
                if (v != null
                        && (best == null || (name.equals("min") ? v.compareTo(best) < 0 : v.compareTo(best) > 0))) {
                    best = v;
                }
            }
            return best;
        }

        public boolean condition() {
            return false;
        }

        public void keys(Set<String> into) {
            args.forEach(a -> a.keys(into));
        }
    }
}
