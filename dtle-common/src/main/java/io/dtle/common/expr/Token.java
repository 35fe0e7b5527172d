package io.dtle.common.expr;

/** One lexical token of a condition: its kind and where it sits in the text. */
record Token(Kind kind, int start, int end, String text) {
    enum Kind {
        SPACE, COMMENT, WORD, QUOTED_NAME, STRING, DOUBLE_QUOTED, NUMBER, SYMBOL
    }

    boolean is(Kind k) {
        return kind == k;
    }

    /** A keyword or symbol, compared case-insensitively. */
    boolean is(String keywordOrSymbol) {
        return (kind == Kind.WORD || kind == Kind.SYMBOL) && text.equalsIgnoreCase(keywordOrSymbol);
    }

    boolean isBlank() {
        return kind == Kind.SPACE || kind == Kind.COMMENT;
    }
}
