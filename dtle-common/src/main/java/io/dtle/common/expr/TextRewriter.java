package io.dtle.common.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Adjusts a condition's text so that JSqlParser reads it as MySQL does, before it is parsed. Only tokens
 * change, never the content of strings or names, and only the parser sees the result: the source still
 * pushes the user's text into its snapshot query.
 *
 * <ul>
 *   <li>{@code ||} and {@code &&} are MySQL's OR and AND (JSqlParser reads {@code ||} as string concatenation).
 *   <li>{@code "text"} is a string in MySQL (without ANSI_QUOTES), a name in JSqlParser: it becomes {@code 'text'}.
 *   <li>{@code a MOD b} becomes {@code a % b}; JSqlParser knows only the function MOD(a, b).
 *   <li>{@code x [NOT] IN (...)} is put in parentheses: JSqlParser 5.3 otherwise takes everything after the
 *       list as part of it ({@code a IN (1) AND b} as {@code a IN ((1) AND b)}, JSqlParser issue #2244).
 *   <li>{@code SUBSTRING(x, ...)} becomes {@code `SUBSTRING`(x, ...)}: JSqlParser's own SUBSTRING rule
 *       fails on a parenthesized first argument such as {@code SUBSTRING((a BETWEEN 1 AND 2), 1)}, while a
 *       quoted name is parsed as an ordinary call. The FROM ... FOR form keeps the special rule.
 * </ul>
 */
final class TextRewriter {
    /** Tokens that end the operand to the left of IN: IN binds tighter than these, looser than arithmetic. */
    private static final Set<String> IN_BOUNDARIES = Set.of("(", ",", "=", "<", ">", "<=", ">=", "<>", "!=", "<=>",
            "||", "&&", ":=", "AND", "OR", "XOR", "NOT", "IS", "LIKE", "REGEXP", "RLIKE", "BETWEEN", "CASE", "WHEN",
            "THEN", "ELSE", "IN", "ESCAPE", "SELECT", "WHERE");
    /** Words after which MOD is the function MOD(a, b) rather than the operator. */
    private static final Set<String> OPERATOR_WORDS = Set.of("AND", "OR", "XOR", "NOT", "IS", "LIKE", "REGEXP",
            "RLIKE", "BETWEEN", "CASE", "WHEN", "THEN", "ELSE", "IN", "ESCAPE", "DIV", "MOD", "SELECT", "WHERE");

    private final List<Token> tokens;
    private final String[] replacement;
    private final int[] opensBefore;
    private final int[] closesAfter;

    private TextRewriter(String text) {
        this.tokens = Lexer.tokens(text);
        this.replacement = new String[tokens.size()];
        this.opensBefore = new int[tokens.size()];
        this.closesAfter = new int[tokens.size()];
    }

    static String rewrite(String text) {
        return new TextRewriter(text).run();
    }

    private String run() {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.is("||")) {
                replacement[i] = " OR ";
            } else if (token.is("&&")) {
                replacement[i] = " AND ";
            } else if (token.is(Token.Kind.DOUBLE_QUOTED)) {
                replacement[i] = singleQuoted(token.text());
            } else if (token.is("MOD") && endsOperand(previous(i))) {
                replacement[i] = "%";
            } else if (token.is("IN") && next(i) >= 0 && tokens.get(next(i)).is("(")) {
                wrapIn(i);
            } else if ((token.is("SUBSTRING") || token.is("SUBSTR")) && plainCall(i)) {
                replacement[i] = "`" + token.text() + "`";
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            out.append("(".repeat(opensBefore[i]));
            out.append(replacement[i] != null ? replacement[i] : tokens.get(i).text());
            out.append(")".repeat(closesAfter[i]));
        }
        return out.toString();
    }

    /** Puts parentheses around {@code operand [NOT] IN (list)}, the IN being token {@code in}. */
    private void wrapIn(int in) {
        int close = matching(next(in));
        if (close < 0) {
            return;
        }
        int start = previous(in);
        if (start >= 0 && tokens.get(start).is("NOT")) {
            start = previous(start);
        }
        int first = -1;
        while (start >= 0 && !isBoundary(tokens.get(start))) {
            first = openingOf(start);
            start = previous(first);
        }
        boolean alreadyWrapped = start >= 0 && tokens.get(start).is("(") && matching(start) == next(close);
        if (first >= 0 && !alreadyWrapped) {
            opensBefore[first]++;
            closesAfter[close]++;
        }
    }

    /** Whether the word at {@code name} is called with plain arguments: '(' follows, no FROM inside. */
    private boolean plainCall(int name) {
        int open = next(name);
        int close = open < 0 || !tokens.get(open).is("(") ? -1 : matching(open);
        if (close < 0) {
            return false;
        }
        int depth = 0;
        for (int i = open; i < close; i++) {
            Token token = tokens.get(i);
            depth += token.is("(") ? 1 : token.is(")") ? -1 : 0;
            if (depth == 1 && token.is("FROM")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBoundary(Token token) {
        return (token.is(Token.Kind.WORD) || token.is(Token.Kind.SYMBOL))
                && IN_BOUNDARIES.contains(token.text().toUpperCase(java.util.Locale.ROOT));
    }

    /** For a ')' or END, the index of its '(' or CASE; otherwise the index itself. */
    private int openingOf(int index) {
        Token token = tokens.get(index);
        boolean paren = token.is(")");
        if (!paren && !token.is("END")) {
            return index;
        }
        int depth = 0;
        for (int i = index; i >= 0; i--) {
            Token t = tokens.get(i);
            if (paren ? t.is(")") : t.is("END")) {
                depth++;
            } else if ((paren ? t.is("(") : t.is("CASE")) && --depth == 0) {
                return i;
            }
        }
        return index;
    }

    /** The index of the ')' matching the '(' at {@code open}, or -1. */
    private int matching(int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).is("(")) {
                depth++;
            } else if (tokens.get(i).is(")") && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private boolean endsOperand(int index) {
        if (index < 0) {
            return false;
        }
        Token token = tokens.get(index);
        return switch (token.kind()) {
            case NUMBER, STRING, DOUBLE_QUOTED, QUOTED_NAME -> true;
            case WORD -> !OPERATOR_WORDS.contains(token.text().toUpperCase(java.util.Locale.ROOT));
            case SYMBOL -> token.is(")");
            default -> false;
        };
    }

    private int previous(int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (!tokens.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private int next(int index) {
        for (int i = index + 1; i < tokens.size(); i++) {
            if (!tokens.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** A "double-quoted" string as a 'single-quoted' one with the same value. */
    private static String singleQuoted(String token) {
        String body = token.substring(1, token.length() - 1);
        StringBuilder out = new StringBuilder("'");
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                out.append(c).append(body.charAt(++i));
            } else if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                out.append('"');
                i++;
            } else if (c == '\'') {
                out.append("''");
            } else {
                out.append(c);
            }
        }
        return out.append('\'').toString();
    }
}
