package io.dtle.common.expr;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * A constant: a literal of the condition, or a part of it that depends on no column, computed once when
 * the condition is parsed. The conversions a comparison may need are computed here too, not per row.
 */
final class Literal extends Node {
    static final Literal NULL = new Literal(null);

    private final Object value;
    private final Kind kind;
    private final Long exactLong;
    private final BigDecimal decimal;
    private final double doubleValue;
    private final Object dateTime;
    private final Duration time;

    Literal(Object value) {
        this(value, Kind.of(value));
    }

    Literal(Object value, Kind kind) {
        this.value = value;
        this.kind = kind;
        boolean convertible = Values.isString(value) || Values.isNumber(value);
        boolean string = Values.isString(value);
        this.exactLong = string ? Numbers.exactLong(Values.toText(value)) : null;
        this.decimal = convertible ? Values.toDecimal(value) : null;
        this.doubleValue = convertible ? Values.toDouble(value) : 0;
        this.dateTime = !convertible ? null
                : string ? Temporals.parseDateTime(Values.toText(value)) : Temporals.fromNumber(value);
        this.time = !convertible ? null
                : string ? Temporals.parseTime(Values.toText(value)) : Temporals.timeFromNumber(value);
    }

    @Override
    Object eval(Row row) {
        return value;
    }

    Object value() {
        return value;
    }

    @Override
    boolean isConstant() {
        return true;
    }

    @Override
    Kind kind() {
        return kind;
    }

    /** A string constant that is exactly an integer, else null. */
    Long exactLong() {
        return exactLong;
    }

    BigDecimal decimal() {
        return decimal;
    }

    double doubleValue() {
        return doubleValue;
    }

    /** The constant read as a date or datetime, null if it is not one. */
    Object dateTime() {
        return dateTime;
    }

    /** The constant read as a TIME, null if it is not one. */
    Duration time() {
        return time;
    }
}
