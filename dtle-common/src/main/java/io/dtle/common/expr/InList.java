package io.dtle.common.expr;

import java.util.List;

/**
 * {@code x [NOT] IN (v1, v2, ...)}: TRUE when x equals a value; otherwise NULL when x or any value is NULL,
 * else FALSE. Each value is compared with x on its own, as MySQL does for a list of mixed types; a list of
 * one value is compared exactly like {@code x = v1}, which MySQL turns it into. (MySQL's choices for a list
 * mixing dates with strings or numbers are irregular and not followed here.)
 */
final class InList extends Node {
    private final Node operand;
    private final Node[] values;
    private final boolean negated;
    private final Collation collation;
    private final Compare.Mode mode;

    InList(Node operand, List<Node> values, boolean negated, Collation collation) {
        this.operand = operand;
        this.values = values.toArray(new Node[0]);
        this.negated = negated;
        this.collation = collation;
        this.mode = values.size() == 1 ? Compare.Mode.OPERATOR : Compare.Mode.LIST;
    }

    @Override
    Object eval(Row row) {
        Object x = Compare.typed(operand.eval(row), operand);
        if (x == null) {
            return null;
        }
        boolean unknown = false;
        for (Node node : values) {
            Object v = node.eval(row);
            int comparison = v == null ? Compare.UNKNOWN : Compare.values(x, operand, v, node, collation, mode);
            if (comparison == 0) {
                return Values.of(!negated);
            }
            unknown |= comparison == Compare.UNKNOWN;
        }
        return unknown ? null : Values.of(negated);
    }

    @Override
    Kind kind() {
        return Kind.NUMBER;
    }
}
