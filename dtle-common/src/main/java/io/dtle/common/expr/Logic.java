package io.dtle.common.expr;

/**
 * AND, OR, XOR and NOT with SQL's three-valued logic: NULL is unknown, FALSE AND NULL is FALSE, TRUE OR NULL
 * is TRUE, anything else with a NULL is NULL. Operands are true when not zero, as in MySQL ('abc' is false).
 */
final class Logic {
    private Logic() {
    }

    /** What AND, OR and XOR share: two operands, and a 1/0/NULL result. */
    abstract static class Connective extends Node {
        final Node left;
        final Node right;

        Connective(Node left, Node right) {
            this.left = left;
            this.right = right;
        }

        @Override
        Kind kind() {
            return Kind.NUMBER;
        }
    }

    /** AND; the right side is not evaluated once the left is FALSE. */
    static final class And extends Connective {
        And(Node left, Node right) {
            super(left, right);
        }

        @Override
        Object eval(Row row) {
            Boolean a = Values.truth(left.eval(row));
            if (a == Boolean.FALSE) {
                return Values.FALSE;
            }
            Boolean b = Values.truth(right.eval(row));
            if (b == Boolean.FALSE) {
                return Values.FALSE;
            }
            return a == null || b == null ? null : Values.TRUE;
        }
    }

    /** OR; the right side is not evaluated once the left is TRUE. */
    static final class Or extends Connective {
        Or(Node left, Node right) {
            super(left, right);
        }

        @Override
        Object eval(Row row) {
            Boolean a = Values.truth(left.eval(row));
            if (a == Boolean.TRUE) {
                return Values.TRUE;
            }
            Boolean b = Values.truth(right.eval(row));
            if (b == Boolean.TRUE) {
                return Values.TRUE;
            }
            return a == null || b == null ? null : Values.FALSE;
        }
    }

    /** XOR: NULL when either side is NULL. */
    static final class Xor extends Connective {
        Xor(Node left, Node right) {
            super(left, right);
        }

        @Override
        Object eval(Row row) {
            Boolean a = Values.truth(left.eval(row));
            if (a == null) {
                return null;
            }
            Boolean b = Values.truth(right.eval(row));
            return b == null ? null : Values.of(a != b);
        }
    }

    /** NOT (and !): NULL stays NULL. */
    static final class Not extends Node {
        private final Node operand;

        Not(Node operand) {
            this.operand = operand;
        }

        @Override
        Object eval(Row row) {
            Boolean a = Values.truth(operand.eval(row));
            return a == null ? null : Values.of(!a);
        }

        @Override
        Kind kind() {
            return Kind.NUMBER;
        }
    }
}
