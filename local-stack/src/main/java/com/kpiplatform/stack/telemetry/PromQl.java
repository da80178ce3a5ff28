package com.kpiplatform.stack.telemetry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Just enough of a PromQL lexer to find the metric names of an expression: an identifier that is not
 * a function or aggregation (followed by {@code (}, or by {@code by}/{@code without}), not a keyword
 * or binary operator, not a label name (inside {@code {...}}, {@code by (...)}, {@code on (...)} and
 * the like), and not inside a string, a range or subquery ({@code [5m]}, {@code [30m:1m]}) or a
 * Grafana variable ({@code $__rate_interval}, {@code ${datasource}}). Numbers and durations are not
 * identifiers. A selector written only as {@code {__name__="..."}} names no metric here.
 */
final class PromQl {

    private static final Set<String> LABEL_LIST_KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left",
            "group_right");
    private static final Set<String> KEYWORDS = Set.of("bool", "and", "or", "unless", "offset", "inf", "nan", "atan2");

    private enum Kind { IDENTIFIER, OPEN, CLOSE, OTHER }

    private record Token(Kind kind, String text) {
    }

    private PromQl() {
    }

    static Set<String> metricNames(String expression) {
        List<Token> tokens = tokens(expression);
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() != Kind.IDENTIFIER) {
                continue;
            }
            String word = token.text().toLowerCase(Locale.ROOT);
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (LABEL_LIST_KEYWORDS.contains(word)) {
                if (next != null && next.kind() == Kind.OPEN) {
                    i = closing(tokens, i + 1);
                }
            } else if (KEYWORDS.contains(word) || next != null && (next.kind() == Kind.OPEN
                    || next.kind() == Kind.IDENTIFIER && Set.of("by", "without").contains(next.text().toLowerCase(Locale.ROOT)))) {
                continue;
            } else {
                names.add(token.text());
            }
        }
        return names;
    }

    /** The index of the parenthesis that closes the one at {@code open}. */
    private static int closing(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).kind() == Kind.OPEN) {
                depth++;
            } else if (tokens.get(i).kind() == Kind.CLOSE && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced parentheses");
    }

    private static List<Token> tokens(String expression) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int length = expression.length();
        while (i < length) {
            char c = expression.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '#') {
                while (i < length && expression.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '"' || c == '\'' || c == '`') {
                i = afterString(expression, i);
                tokens.add(new Token(Kind.OTHER, "string"));
            } else if (c == '{') {
                i = afterBlock(expression, i, '{', '}');
                tokens.add(new Token(Kind.OTHER, "labels"));
            } else if (c == '[') {
                i = afterBlock(expression, i, '[', ']');
                tokens.add(new Token(Kind.OTHER, "range"));
            } else if (c == '$') {
                i = afterVariable(expression, i);
                tokens.add(new Token(Kind.OTHER, "variable"));
            } else if (Character.isDigit(c) || c == '.' && i + 1 < length && Character.isDigit(expression.charAt(i + 1))) {
                i = afterNumber(expression, i);
                tokens.add(new Token(Kind.OTHER, "number"));
            } else if (isIdentifierStart(c)) {
                int start = i;
                while (i < length && isIdentifierPart(expression.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Kind.IDENTIFIER, expression.substring(start, i)));
            } else {
                tokens.add(new Token(c == '(' ? Kind.OPEN : c == ')' ? Kind.CLOSE : Kind.OTHER, String.valueOf(c)));
                i++;
            }
        }
        return tokens;
    }

    private static int afterString(String expression, int start) {
        char quote = expression.charAt(start);
        int i = start + 1;
        while (i < expression.length() && expression.charAt(i) != quote) {
            i += expression.charAt(i) == '\\' && quote != '`' ? 2 : 1;
        }
        if (i >= expression.length()) {
            throw new IllegalArgumentException("unterminated string in " + expression);
        }
        return i + 1;
    }

    /** Past the bracket that closes the one at {@code start}, skipping strings inside. */
    private static int afterBlock(String expression, int start, char open, char close) {
        int depth = 0;
        int i = start;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = afterString(expression, i);
                continue;
            }
            if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return i + 1;
            }
            i++;
        }
        throw new IllegalArgumentException("unclosed " + open + " in " + expression);
    }

    private static int afterVariable(String expression, int start) {
        int i = start + 1;
        if (i < expression.length() && expression.charAt(i) == '{') {
            return afterBlock(expression, i, '{', '}');
        }
        while (i < expression.length() && isIdentifierPart(expression.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A number or duration: 0.95, 1e-3, 0x1f, 5m, 1h30m. */
    private static int afterNumber(String expression, int start) {
        int i = start;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            boolean exponentSign = (c == '+' || c == '-') && i > start
                    && Character.toLowerCase(expression.charAt(i - 1)) == 'e' && !expression.startsWith("0x", start);
            if (!Character.isLetterOrDigit(c) && c != '.' && c != '_' && !exponentSign) {
                break;
            }
            i++;
        }
        return i;
    }

    private static boolean isIdentifierStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == ':';
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || c >= '0' && c <= '9';
    }
}
