package io.dtle.common.expr;

/** IS [NOT] NULL and IS [NOT] TRUE / FALSE / UNKNOWN: never NULL themselves. */
final class Predicates {
    private Predicates() {
    }

    /** IS NULL, or IS NOT NULL when negated. */
    static final class IsNull extends Node {
        private final Node operand;
        private final boolean negated;

        IsNull(Node operand, boolean negated) {
            this.operand = operand;
            this.negated = negated;
        }

        @Override
        Object eval(Row row) {
            return Values.of((operand.eval(row) == null) != negated);
        }

        @Override
        Kind kind() {
            return Kind.NUMBER;
        }
    }

    /** IS TRUE, IS FALSE, IS UNKNOWN (expected null), or their negations. */
    static final class IsTruth extends Node {
        private final Node operand;
        private final Boolean expected;
        private final boolean negated;

        IsTruth(Node operand, Boolean expected, boolean negated) {
            this.operand = operand;
            this.expected = expected;
            this.negated = negated;
        }

        @Override
        Object eval(Row row) {
            return Values.of((Values.truth(operand.eval(row)) == expected) != negated);
        }

        @Override
        Kind kind() {
            return Kind.NUMBER;
        }
    }
}
