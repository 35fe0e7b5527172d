package io.dtle.common.expr;

/**
 * {@code x [NOT] BETWEEN low AND high}, that is {@code x >= low AND x <= high} with AND's NULL rules. MySQL
 * picks one comparison type for all three values: when strings and numbers are mixed (and no date is
 * involved) everything compares as numbers, so {@code '5' BETWEEN 1 AND '10'} is TRUE although
 * {@code '5' <= '10'} is FALSE; and when a bound is a date, everything compares as dates.
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
        Object x = Compare.typed(operand.eval(row), operand);
        if (x == null) {
            return null;
        }
        Object a = Compare.typed(low.eval(row), low);
        Object b = Compare.typed(high.eval(row), high);
        Object t = asTemporal(x, a, b);
        Node xNode = t == x ? operand : Node.COMPUTED;
        boolean numeric = mixesStringsAndNumbers(t, a, b);
        Boolean above = a == null ? null : test(compare(t, xNode, a, low, numeric), true);
        Boolean below = b == null ? null : test(compare(t, xNode, b, high, numeric), false);
        if (above == Boolean.FALSE || below == Boolean.FALSE) {
            return Values.of(negated);
        }
        return above == null || below == null ? null : Values.of(!negated);
    }

    private int compare(Object x, Node xNode, Object bound, Node boundNode, boolean numeric) {
        if (!numeric || Values.isNumber(x) && Values.isNumber(bound)) {
            return Compare.values(x, xNode, bound, boundNode, collation, Compare.Mode.BETWEEN);
        }
        if (x instanceof Long n && xNode instanceof Column && boundNode instanceof Literal literal
                && literal.exactLong() != null) {
            return Long.compare(n, literal.exactLong());
        }
        return Compare.doubles(Values.toDouble(x), Values.toDouble(bound));
    }

    /**
     * When a bound is a date or time, MySQL compares all three values as dates (or times), reading x as
     * one too: '' BETWEEN b AND some_datetime compares two zero dates, not two strings.
     */
    private static Object asTemporal(Object x, Object a, Object b) {
        if (Temporals.isTemporal(x)) {
            return x;
        }
        boolean dates = Temporals.isDate(a) || Temporals.isDate(b);
        boolean times = a instanceof java.time.Duration || b instanceof java.time.Duration;
        if (dates && !times) {
            return Temporals.asDate(x);
        }
        if (times && !dates) {
            Object time = Values.isString(x) ? Temporals.parseTime(Values.toText(x)) : Temporals.timeFromNumber(x);
            return time != null ? time : x;
        }
        return x;
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
