package io.dtle.common.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a condition into MySQL tokens: strings, quoted names, numbers, words, symbols, spaces and block
 * comments. It exists so that {@link TextRewriter} can adjust the text for JSqlParser without touching
 * anything inside a string or a quoted name. Line comments are refused here, because the source pushes the
 * condition into its snapshot query, where a line comment would swallow the rest of the query.
 */
final class Lexer {
    private static final String[] SYMBOLS = {"<=>", "<=", ">=", "<>", "!=", "||", "&&", "<<", ">>", ":="};

    private final String text;
    private int pos;

    private Lexer(String text) {
        this.text = text;
    }

    static List<Token> tokens(String text) {
        return new Lexer(text).all();
    }

    private List<Token> all() {
        List<Token> tokens = new ArrayList<>();
        while (pos < text.length()) {
            tokens.add(next());
        }
        return tokens;
    }

    private Token next() {
        int start = pos;
        char c = text.charAt(pos);
        if (Character.isWhitespace(c)) {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            return token(Token.Kind.SPACE, start);
        }
        if (c == '#' || text.startsWith("--", pos)) {
            throw lineComment(c == '#' ? "#" : "--");
        }
        if (text.startsWith("/*", pos)) {
            return blockComment(start);
        }
        if (c == '\'' || c == '"' || c == '`') {
            return quoted(c, start);
        }
        if (Numbers.isDigit(c) || c == '.' && pos + 1 < text.length() && Numbers.isDigit(text.charAt(pos + 1))) {
            return number(start);
        }
        if (isWordChar(c)) {
            while (pos < text.length() && isWordChar(text.charAt(pos))) {
                pos++;
            }
            return token(Token.Kind.WORD, start);
        }
        for (String symbol : SYMBOLS) {
            if (text.startsWith(symbol, pos)) {
                pos += symbol.length();
                return token(Token.Kind.SYMBOL, start);
            }
        }
        pos++;
        return token(Token.Kind.SYMBOL, start);
    }

    private Token blockComment(int start) {
        if (text.startsWith("/*!", pos) || text.startsWith("/*+", pos)) {
            throw new WhereException(text, "it contains a MySQL executable comment or optimizer hint ("
                    + text.substring(pos, pos + 3) + "...*/)", "remove it; a Where condition is a plain expression");
        }
        int end = text.indexOf("*/", pos + 2);
        if (end < 0) {
            throw new WhereException(text, "a /* comment is not closed", "close it with */ or remove it");
        }
        pos = end + 2;
        return token(Token.Kind.COMMENT, start);
    }

    /** A string ('...' or "...") with backslash escapes and doubled quotes, or a `quoted name`. */
    private Token quoted(char quote, int start) {
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\\' && quote != '`') {
                pos += 2;
            } else if (c == quote && pos + 1 < text.length() && text.charAt(pos + 1) == quote) {
                pos += 2;
            } else if (c == quote) {
                pos++;
                Token.Kind kind = quote == '`' ? Token.Kind.QUOTED_NAME
                        : quote == '"' ? Token.Kind.DOUBLE_QUOTED : Token.Kind.STRING;
                return token(kind, start);
            } else {
                pos++;
            }
        }
        throw new WhereException(text, "a " + (quote == '`' ? "quoted name" : "string") + " starting with " + quote
                + " is not closed", "close it with " + quote + ", doubling any " + quote + " inside it");
    }

    private Token number(int start) {
        while (pos < text.length() && (Numbers.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int save = pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < text.length() && Numbers.isDigit(text.charAt(pos))) {
                while (pos < text.length() && Numbers.isDigit(text.charAt(pos))) {
                    pos++;
                }
            } else {
                pos = save;
            }
        }
        if (pos < text.length() && isWordChar(text.charAt(pos))) {
            // MySQL names may start with digits (1abc, 0x1F); the whole run is one word.
            while (pos < text.length() && isWordChar(text.charAt(pos))) {
                pos++;
            }
            return token(Token.Kind.WORD, start);
        }
        return token(Token.Kind.NUMBER, start);
    }

    private WhereException lineComment(String marker) {
        if (marker.equals("--") && pos + 2 < text.length() && !Character.isWhitespace(text.charAt(pos + 2))) {
            return new WhereException(text, "it contains '--' followed by '" + text.charAt(pos + 2)
                    + "', which MySQL reads as two minus signs but most SQL tools read as a comment",
                    "write - (-x) instead");
        }
        return new WhereException(text, "it contains a " + marker + " comment, which would comment out the rest of"
                + " the snapshot query the condition is put into", "remove it or use /* ... */");
    }

    private Token token(Token.Kind kind, int start) {
        return new Token(kind, start, pos, text.substring(start, pos));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 0x7F;
    }
}
