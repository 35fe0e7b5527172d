package io.dtle.common.expr;

/** A comparison operator: =, <>, !=, <, <=, >, >= (NULL when either side is NULL) and <=> (never NULL). */
final class Comparison extends Node {
    enum Op {
        EQ, NE, LT, LE, GT, GE, NULL_SAFE_EQ;

        boolean test(int comparison) {
            return switch (this) {
                case EQ, NULL_SAFE_EQ -> comparison == 0;
                case NE -> comparison != 0;
                case LT -> comparison < 0;
                case LE -> comparison <= 0;
                case GT -> comparison > 0;
                case GE -> comparison >= 0;
            };
        }
    }

    private final Op op;
    private final Node left;
    private final Node right;
    private final Collation collation;

    Comparison(Op op, Node left, Node right, Collation collation) {
        this.op = op;
        this.left = left;
        this.right = right;
        this.collation = collation;
    }

    @Override
    Object eval(Row row) {
        Object a = left.eval(row);
        Object b = right.eval(row);
        if (a == null || b == null) {
            return op == Op.NULL_SAFE_EQ ? Values.of(a == b) : null;
        }
        int comparison = Compare.values(a, left, b, right, collation, Compare.Mode.OPERATOR);
        if (comparison == Compare.UNKNOWN) {
            return op == Op.NULL_SAFE_EQ ? Values.FALSE : null;
        }
        return Values.of(op.test(comparison));
    }

    @Override
    Kind kind() {
        return Kind.NUMBER;
    }
}
