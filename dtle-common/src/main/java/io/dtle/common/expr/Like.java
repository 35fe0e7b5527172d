package io.dtle.common.expr;

import java.nio.charset.StandardCharsets;

/**
 * {@code x [NOT] LIKE pattern [ESCAPE 'c']}. The default escape is backslash. A constant pattern is compiled
 * once; a pattern from a column is compiled per row. When either side is a binary string the match is
 * byte by byte, otherwise under the collation. Numbers and dates match by their string form.
 */
final class Like extends Node {
    private final Node operand;
    private final Node pattern;
    private final int escape;
    private final boolean negated;
    private final Collation collation;
    private final LikePattern compiled;

    Like(Node operand, Node pattern, int escape, boolean negated, Collation collation) {
        this.operand = operand;
        this.pattern = pattern;
        this.escape = escape;
        this.negated = negated;
        this.collation = collation;
        this.compiled = pattern instanceof Literal literal && literal.value() instanceof String text
                ? LikePattern.compile(text, escape, collation) : null;
    }

    @Override
    Object eval(Row row) {
        Object x = operand.eval(row);
        if (x == null) {
            return null;
        }
        Object p = pattern.eval(row);
        if (p == null) {
            return null;
        }
        boolean match;
        if (x instanceof byte[] || p instanceof byte[]) {
            match = LikePattern.compile(binary(p), escape, Collation.UTF8MB4_0900_BIN).matches(binary(x));
        } else if (compiled != null) {
            match = compiled.matches(Values.toText(x));
        } else {
            match = LikePattern.compile(Values.toText(p), escape, collation).matches(Values.toText(x));
        }
        return Values.of(match != negated);
    }

    /** Bytes as one character each, so that '_' matches one byte as in MySQL. */
    private static String binary(Object value) {
        return new String(Values.toBytes(value), StandardCharsets.ISO_8859_1);
    }

    @Override
    Kind kind() {
        return Kind.NUMBER;
    }
}
