package io.dtle.common.expr;

/**
 * {@code x [NOT] BETWEEN low AND high}, that is {@code x >= low AND x <= high} with AND's NULL rules. MySQL
 * picks one comparison type for all three values: when strings and numbers are mixed (and no date is
 * involved) everything compares as numbers, so {@code '5' BETWEEN 1 AND '10'} is TRUE although
 * {@code '5' <= '10'} is FALSE.
 */
final class Between extends Node {
    private final Node operand;
    private final Node low;
    private final Node high;
    private final boolean negated;
    private final Collation collation;

    Between(Node operand, Node low, Node high, boolean negated, Collation collation) {
        this.operand = operand;
        this.low = low;
        this.high = high;
        this.negated = negated;
        this.collation = collation;
    }

    @Override
    Object eval(Row row) {
        Object x = operand.eval(row);
        if (x == null) {
            return null;
        }
        Object a = low.eval(row);
        Object b = high.eval(row);
        boolean numeric = mixesStringsAndNumbers(x, a, b);
        Boolean above = a == null ? null : test(compare(x, a, low, numeric), true);
        Boolean below = b == null ? null : test(compare(x, b, high, numeric), false);
        if (above == Boolean.FALSE || below == Boolean.FALSE) {
            return Values.of(negated);
        }
        return above == null || below == null ? null : Values.of(!negated);
    }

    private int compare(Object x, Object bound, Node boundNode, boolean numeric) {
        if (!numeric || Values.isNumber(x) && Values.isNumber(bound)) {
            return Compare.values(x, operand, bound, boundNode, collation, Compare.Mode.BETWEEN);
        }
        if (x instanceof Long n && operand instanceof Column && boundNode instanceof Literal literal
                && literal.exactLong() != null) {
            return Long.compare(n, literal.exactLong());
        }
        return Compare.doubles(Values.toDouble(x), Values.toDouble(bound));
    }

    private static Boolean test(int comparison, boolean lowBound) {
        if (comparison == Compare.UNKNOWN) {
            return null;
        }
        return lowBound ? comparison >= 0 : comparison <= 0;
    }

    private static boolean mixesStringsAndNumbers(Object x, Object a, Object b) {
        if (Temporals.isTemporal(x) || Temporals.isTemporal(a) || Temporals.isTemporal(b)) {
            return false;
        }
        boolean strings = Values.isString(x) || Values.isString(a) || Values.isString(b);
        return strings && (Values.isNumber(x) || Values.isNumber(a) || Values.isNumber(b));
    }

    @Override
    Kind kind() {
        return Kind.NUMBER;
    }
}
