package vn.dangbo.baocao.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.dangbo.baocao.common.Messages;

/**
 * Recursive descent over a deliberately tiny grammar:
 * <pre>
 * or         := and ("or" and)*
 * and        := not ("and" not)*
 * not        := "not" not | comparison
 * comparison := sum (("=="|"!="|"<"|"<="|">"|">=") sum)?
 * sum        := product (("+"|"-") product)*
 * product    := unary (("*"|"/") unary)*
 * unary      := "-" unary | primary
 * primary    := number | key | function "(" or ("," or)* ")" | "(" or ")"
 * </pre>
 * Anything else (strings, dots after names, #, @, brackets, assignment) is refused.
 */
final class ExpressionParser {

    static final int MAX_LENGTH = 500;
    static final int MAX_DEPTH = 40;
    static final Set<String> KEYWORDS = Set.of("and", "or", "not");
    static final Set<String> FUNCTIONS = Set.of("min", "max", "ifempty");

    private enum Kind {
        NUMBER,
        NAME,
        SYMBOL,
        END
    }

    private record Token(Kind kind, String text, int at) {}

    private final List<Token> tokens;
    private int pos;
    private int depth;

    private ExpressionParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    static Node parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ExpressionException(Messages.get("expression.empty"));
        }
        if (text.length() > MAX_LENGTH) {
            throw new ExpressionException(Messages.get("expression.tooLong", String.valueOf(MAX_LENGTH)));
        }
        ExpressionParser parser = new ExpressionParser(tokenize(text));
        Node node = parser.or();
        Token rest = parser.peek();
        if (rest.kind != Kind.END) {
            throw parser.unexpected(rest);
        }
        return node;
    }

    private static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c >= '0' && c <= '9') {
                while (i < text.length() && isDigit(text.charAt(i))) {
                    i++;
                }
                if (i + 1 < text.length() && text.charAt(i) == '.' && isDigit(text.charAt(i + 1))) {
                    i++;
                    while (i < text.length() && isDigit(text.charAt(i))) {
                        i++;
                    }
                }
                out.add(new Token(Kind.NUMBER, text.substring(start, i), start));
            } else if (isNameStart(c)) {
                while (i < text.length() && (isNameStart(text.charAt(i)) || isDigit(text.charAt(i)))) {
                    i++;
                }
                out.add(new Token(Kind.NAME, text.substring(start, i), start));
            } else if (i + 1 < text.length() && Set.of("==", "!=", "<=", ">=").contains(text.substring(i, i + 2))) {
                out.add(new Token(Kind.SYMBOL, text.substring(i, i + 2), start));
                i += 2;
            } else if ("+-*/()<>,".indexOf(c) >= 0) {
                out.add(new Token(Kind.SYMBOL, String.valueOf(c), start));
                i++;
            } else {
                throw new ExpressionException(
                        Messages.get("expression.character", String.valueOf(c), String.valueOf(i + 1)));
            }
        }
        out.add(new Token(Kind.END, "", text.length()));
        return out;
    }

    private Node or() {
        Node left = and();
        while (peekName("or")) {
            pos++;
            left = new Node.Logic(false, condition(left, "or"), condition(and(), "or"));
        }
        return left;
    }

    private Node and() {
        Node left = not();
        while (peekName("and")) {
            pos++;
            left = new Node.Logic(true, condition(left, "and"), condition(not(), "and"));
        }
        return left;
    }

    private Node not() {
        if (peekName("not")) {
            pos++;
            enter();
            Node operand = condition(not(), "not");
            depth--;
            return new Node.Not(operand);
        }
        return comparison();
    }

    private Node comparison() {
        Node left = sum();
        Token t = peek();
        if (t.kind == Kind.SYMBOL && Set.of("==", "!=", "<", "<=", ">", ">=").contains(t.text)) {
            pos++;
            return new Node.Comparison(t.text, number(left, t.text), number(sum(), t.text));
        }
        return left;
    }

    private Node sum() {
        Node left = product();
        while (peekSymbol("+") || peekSymbol("-")) {
            char op = tokens.get(pos++).text.charAt(0);
            left = new Node.Arithmetic(op, number(left, String.valueOf(op)), number(product(), String.valueOf(op)));
        }
        return left;
    }

    private Node product() {
        Node left = unary();
        while (peekSymbol("*") || peekSymbol("/")) {
            char op = tokens.get(pos++).text.charAt(0);
            left = new Node.Arithmetic(op, number(left, String.valueOf(op)), number(unary(), String.valueOf(op)));
        }
        return left;
    }

    private Node unary() {
        if (peekSymbol("-")) {
            pos++;
            enter();
            Node operand = number(unary(), "-");
            depth--;
            return new Node.Negate(operand);
        }
        return primary();
    }

    private Node primary() {
        Token t = tokens.get(pos);
        switch (t.kind) {
            case NUMBER -> {
                pos++;
                return new Node.Num(new BigDecimal(t.text));
            }
            case NAME -> {
                pos++;
                if (peekSymbol("(")) {
                    return call(t);
                }
                if (KEYWORDS.contains(t.text)) {
                    throw unexpected(t);
                }
                return new Node.Ref(t.text);
            }
            case SYMBOL -> {
                if (t.text.equals("(")) {
                    pos++;
                    enter();
                    Node inner = or();
                    depth--;
                    expect(")");
                    return inner;
                }
                throw unexpected(t);
            }
            default -> throw unexpected(t);
        }
    }

    private Node call(Token name) {
        if (!FUNCTIONS.contains(name.text)) {
            throw new ExpressionException(Messages.get("expression.function", name.text, String.valueOf(name.at + 1)));
        }
        pos++;
        enter();
        List<Node> args = new ArrayList<>();
        args.add(number(or(), name.text));
        while (peekSymbol(",")) {
            pos++;
            args.add(number(or(), name.text));
        }
        depth--;
        expect(")");
        if (name.text.equals("ifempty") && args.size() != 2) {
            throw new ExpressionException(Messages.get("expression.ifempty"));
        }
        return new Node.Call(name.text, List.copyOf(args));
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw new ExpressionException(Messages.get("expression.tooDeep"));
        }
    }

    private void expect(String symbol) {
        Token t = peek();
        if (!(t.kind == Kind.SYMBOL && t.text.equals(symbol))) {
            throw unexpected(t);
        }
        pos++;
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private boolean peekSymbol(String symbol) {
        Token t = peek();
        return t.kind == Kind.SYMBOL && t.text.equals(symbol);
    }

    private boolean peekName(String name) {
        Token t = peek();
        return t.kind == Kind.NAME && t.text.equals(name);
    }

    private ExpressionException unexpected(Token t) {
        if (t.kind == Kind.END) {
            return new ExpressionException(Messages.get("expression.unfinished"));
        }
        String key = t.text.equals(",") ? "expression.unexpectedComma" : "expression.unexpected";
        return new ExpressionException(Messages.get(key, t.text, String.valueOf(t.at + 1)));
    }

    private static Node number(Node node, String operator) {
        if (node.condition()) {
            throw new ExpressionException(Messages.get("expression.needsNumber", operator));
        }
        return node;
    }

    private static Node condition(Node node, String operator) {
        if (!node.condition()) {
            throw new ExpressionException(Messages.get("expression.needsCondition", operator));
        }
        return node;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }
}
