package io.dtle.sink.ddl;

import java.util.ArrayList;
import java.util.List;

/** A lexical piece of a SQL statement, enough to rename identifiers without touching literals or comments. */
record Token(Kind kind, String text) {
    enum Kind { QUOTED_NAME, WORD, LITERAL, COMMENT, SPACE, OTHER }

    boolean isName() {
        return kind == Kind.QUOTED_NAME || kind == Kind.WORD;
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isSpace() {
        return kind == Kind.SPACE || kind == Kind.COMMENT;
    }

    String name() {
        return kind == Kind.QUOTED_NAME ? DdlText.unquote(text) : text;
    }

    static List<Token> split(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            int end;
            Kind kind;
            if (c == '`') {
                end = closing(sql, i, '`');
                kind = Kind.QUOTED_NAME;
            } else if (c == '\'' || c == '"') {
                end = closing(sql, i, c);
                kind = Kind.LITERAL;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int close = sql.indexOf("*/", i + 2);
                end = close < 0 ? n : close + 2;
                kind = Kind.COMMENT;
            } else if (c == '#' || c == '-' && i + 2 < n && sql.charAt(i + 1) == '-' && Character.isWhitespace(sql.charAt(i + 2))) {
                int close = sql.indexOf('\n', i);
                end = close < 0 ? n : close + 1;
                kind = Kind.COMMENT;
            } else if (Character.isWhitespace(c)) {
                end = i + 1;
                while (end < n && Character.isWhitespace(sql.charAt(end))) {
                    end++;
                }
                kind = Kind.SPACE;
            } else if (isWordChar(c)) {
                end = i + 1;
                while (end < n && isWordChar(sql.charAt(end))) {
                    end++;
                }
                kind = Kind.WORD;
            } else {
                end = i + 1;
                kind = Kind.OTHER;
            }
            tokens.add(new Token(kind, sql.substring(i, end)));
            i = end;
        }
        return tokens;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 0x7f;
    }

    /** The index after the closing quote; a doubled quote or (in literals) a backslash escapes. */
    private static int closing(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\\' && quote != '`') {
                i += 2;
                continue;
            }
            if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }
}
