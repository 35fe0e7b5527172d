package io.dtle.common.expr;

/**
 * One node of the evaluation tree a condition is compiled into. Nodes are immutable and evaluate without
 * allocating beyond the values they produce, so one tree serves every thread and every row.
 */
abstract class Node {
    /** The node's value for a row, as one of the types {@link Values} describes, or null for NULL. */
    abstract Object eval(Row row);

    /** Stands for a value computed inside an operator: no static type, not a column, not a constant. */
    static final Node COMPUTED = new Node() {
        @Override
        Object eval(Row row) {
            throw new UnsupportedOperationException("a computed value has no node to evaluate");
        }
    };

    /** True for constants: MySQL treats a constant compared with a column differently from an expression. */
    boolean isConstant() {
        return false;
    }

    /** What kind of value the node produces, as far as is known before seeing a row. */
    Kind kind() {
        return Kind.UNKNOWN;
    }

    /** The static kinds MySQL needs to choose the result type of IF, IFNULL, COALESCE and CASE. */
    enum Kind {
        NUMBER, STRING, TEMPORAL, NULL, UNKNOWN;

        static Kind of(Object value) {
            if (value == null) {
                return NULL;
            }
            if (Values.isNumber(value)) {
                return NUMBER;
            }
            return Values.isString(value) ? STRING : TEMPORAL;
        }
    }
}
