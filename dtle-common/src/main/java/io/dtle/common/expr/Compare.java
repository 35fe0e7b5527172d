package io.dtle.common.expr;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * MySQL's comparison of two non-null values of any types, with its coercions: strings compare under the
 * collation (bytes when one is binary), numbers exactly as integers or decimals and otherwise as doubles, a
 * number against a string as doubles, and a date or time against a string or number as a date or time.
 *
 * <p>A value whose node has the static type STRING is compared as a string (see {@link #typed}).
 *
 * <p>MySQL has two refinements for a column compared with a constant, and so does this class: an integer
 * column against a string holding an exact integer compares as integers (no double rounding above 2^53),
 * and a non-constant DECIMAL against a constant string compares as decimals. The second applies to the
 * comparison operators only, not to BETWEEN or an IN list of several values, again as in MySQL.
 */
final class Compare {
    /** The result for values that cannot be compared (a TIME against a date: MySQL would use today's date). */
    static final int UNKNOWN = Integer.MIN_VALUE;

    /** Where a comparison happens: MySQL's refinements for constants differ between them. */
    enum Mode {
        OPERATOR, BETWEEN, LIST
    }

    private Compare() {
    }

    /**
     * Compares {@code x} (computed by node {@code na}) with {@code y} (by {@code nb}); negative, zero,
     * positive or {@link #UNKNOWN}.
     */
    static int values(Object x, Node na, Object y, Node nb, Collation collation, Mode mode) {
        Object a = typed(x, na);
        Object b = typed(y, nb);
        if (Values.isString(a) && Values.isString(b)) {
            return strings(a, b, collation);
        }
        if (Temporals.isTemporal(a) || Temporals.isTemporal(b)) {
            return Temporals.isTemporal(a) ? temporal(a, b, nb, collation) : negate(temporal(b, a, na, collation));
        }
        if (Values.isNumber(a) && Values.isNumber(b)) {
            return numbers(a, b);
        }
        if (Values.isNumber(a)) {
            return numberWithString(a, na, b, nb, mode);
        }
        return negate(numberWithString(b, nb, a, na, mode));
    }

    /**
     * The value as its node's static type: MySQL compares IF(c, 1, 'x') as a string even when it yields 1,
     * while arithmetic on it still sees the number.
     */
    static Object typed(Object value, Node node) {
        return value != null && node.kind() == Node.Kind.STRING && !Values.isString(value) ? Values.toText(value) : value;
    }

    /** Two strings; binary when either is binary. */
    static int strings(Object a, Object b, Collation collation) {
        if (a instanceof String x && b instanceof String y) {
            return collation.compare(x, y);
        }
        return java.util.Arrays.compareUnsigned(Values.toBytes(a), Values.toBytes(b));
    }

    /** Two numbers: integers exactly, decimals exactly, anything with a double as doubles. */
    static int numbers(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        if (a instanceof Double || b instanceof Double) {
            return doubles(Values.toDouble(a), Values.toDouble(b));
        }
        return Values.toDecimal(a).compareTo(Values.toDecimal(b));
    }

    static int doubles(double x, double y) {
        return x < y ? -1 : x > y ? 1 : 0;
    }

    private static int numberWithString(Object number, Node numberNode, Object string, Node stringNode, Mode mode) {
        if (number instanceof Long n && numberNode instanceof Column && mode != Mode.LIST
                && stringNode instanceof Literal literal && literal.exactLong() != null) {
            return Long.compare(n, literal.exactLong());
        }
        if (number instanceof BigDecimal d && mode == Mode.OPERATOR && !numberNode.isConstant()
                && stringNode instanceof Literal literal) {
            return d.compareTo(literal.decimal());
        }
        double s = stringNode instanceof Literal literal ? literal.doubleValue() : Values.toDouble(string);
        return doubles(Values.toDouble(number), s);
    }

    /** A date, datetime or time {@code t} against any other value {@code other} computed by {@code otherNode}. */
    private static int temporal(Object t, Object other, Node otherNode, Collation collation) {
        if (Temporals.isTemporal(other)) {
            if (t instanceof Duration x) {
                return other instanceof Duration y ? x.compareTo(y) : UNKNOWN;
            }
            return other instanceof Duration ? UNKNOWN : dates(t, other);
        }
        Literal literal = otherNode instanceof Literal l ? l : null;
        if (t instanceof Duration time) {
            Duration converted = literal != null ? literal.time() : Values.isString(other)
                    ? Temporals.parseTime(Values.toText(other)) : Temporals.timeFromNumber(other);
            if (converted != null) {
                return time.compareTo(converted);
            }
            // MySQL falls back to comparing an unreadable time string as a string, a number as a number.
            return Values.isString(other) ? strings(Temporals.format(time), other, collation)
                    : doubles(Values.toDouble(time), Values.toDouble(other));
        }
        Object converted = literal != null ? literal.dateTime() : Values.isString(other)
                ? Temporals.parseDateTime(Values.toText(other)) : Temporals.fromNumber(other);
        if (converted != null) {
            return dates(t, converted);
        }
        // MySQL reads an invalid date string as the zero date (with a warning, or an error for a lone = or <),
        // and compares a number that is no date as a number.
        return Values.isString(other) ? dates(t, Temporals.ZERO_DATE) : doubles(Values.toDouble(t), Values.toDouble(other));
    }

    /** Dates compare as dates, and as datetimes when either has a time of day. */
    private static int dates(Object a, Object b) {
        if (a instanceof LocalDate x && b instanceof LocalDate y) {
            return x.compareTo(y);
        }
        LocalDateTime x = Temporals.toDateTime(a);
        LocalDateTime y = Temporals.toDateTime(b);
        return x.compareTo(y);
    }

    private static int negate(int comparison) {
        return comparison == UNKNOWN ? UNKNOWN : -Integer.signum(comparison);
    }
}
