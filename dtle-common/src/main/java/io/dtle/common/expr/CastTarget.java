package io.dtle.common.expr;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The type of a CAST: SIGNED, UNSIGNED, DECIMAL(p,s), CHAR(n), BINARY(n), DATE, DATETIME(fsp), TIME(fsp), DOUBLE. */
record CastTarget(String name, int first, int second) {
    static final String SUPPORTED = "SIGNED, UNSIGNED, DECIMAL(p,s), CHAR(n), BINARY(n), DATE, DATETIME(fsp), "
            + "TIME(fsp), DOUBLE";
    private static final int MAX_YEAR = 9999;

    /** Reads JSqlParser's type text, e.g. "DECIMAL (10, 2)" or "SIGNED INTEGER". */
    static CastTarget parse(String type, TreeBuilder tree) {
        int paren = type.indexOf('(');
        String name = (paren < 0 ? type : type.substring(0, paren)).trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        List<Integer> args = new ArrayList<>();
        if (paren >= 0) {
            for (String part : type.substring(paren + 1, type.lastIndexOf(')')).split(",")) {
                args.add(Integer.parseInt(part.trim()));
            }
        }
        int first = args.isEmpty() ? -1 : args.get(0);
        int second = args.size() < 2 ? -1 : args.get(1);
        name = switch (name) {
            case "SIGNED", "SIGNED INTEGER", "SIGNED INT" -> "SIGNED";
            case "UNSIGNED", "UNSIGNED INTEGER", "UNSIGNED INT" -> "UNSIGNED";
            case "NCHAR" -> "CHAR";
            case "TIMESTAMP" -> "DATETIME";
            case "REAL" -> "DOUBLE";
            default -> name;
        };
        CastTarget target = new CastTarget(name, first, second);
        String problem = target.problem(args.size());
        if (problem != null) {
            throw tree.reject("CAST to " + type + " " + problem, "cast to one of " + SUPPORTED);
        }
        return target;
    }

    private String problem(int argumentCount) {
        return switch (name) {
            case "SIGNED", "UNSIGNED", "DATE", "DOUBLE" -> argumentCount == 0 ? null : "takes no length";
            case "CHAR", "BINARY" -> argumentCount <= 1 ? null : "takes one length";
            case "DATETIME", "TIME" -> argumentCount == 0 || argumentCount == 1 && first <= 6 ? null
                    : "takes a precision from 0 to 6";
            case "DECIMAL" -> argumentCount <= 2 && first <= 65 && second <= 30 && (second <= first || argumentCount < 2)
                    && first != 0 ? null : "needs a precision from 1 to 65 and a scale from 0 to 30 and not above the precision";
            default -> "is not supported";
        };
    }

    Node.Kind kind() {
        return switch (name) {
            case "CHAR", "BINARY" -> Node.Kind.STRING;
            case "DATE", "DATETIME", "TIME" -> Node.Kind.TEMPORAL;
            default -> Node.Kind.NUMBER;
        };
    }

    Object apply(Object value) {
        return switch (name) {
            case "SIGNED" -> Cast.toSigned(value);
            case "UNSIGNED" -> Cast.toUnsigned(value);
            case "DECIMAL" -> Cast.toDecimal(value, first < 0 ? 10 : first, Math.max(second, 0));
            case "CHAR" -> Cast.toChar(value, first);
            case "BINARY" -> binary(Values.toBytes(value));
            case "DATE" -> Cast.toDate(value);
            case "DATETIME" -> roundDateTime(Cast.toDateTime(value));
            case "TIME" -> roundTime(Cast.toTime(value));
            default -> Cast.toDouble(value);
        };
    }

    private Object binary(byte[] bytes) {
        return first < 0 ? bytes : java.util.Arrays.copyOf(bytes, first);
    }

    /**
     * Fractional seconds are rounded to the precision (0 when not given), as MySQL does; a value rounded past
     * 9999-12-31 23:59:59 is out of DATETIME's range, which MySQL gives as NULL.
     */
    private Object roundDateTime(Object value) {
        if (!(value instanceof LocalDateTime time) || time == Temporals.ZERO_DATETIME) {
            return value;
        }
        LocalDateTime rounded = time.withNano(0).plusNanos(roundNanos(time.getNano()));
        return rounded.getYear() > MAX_YEAR ? null : rounded;
    }

    private Object roundTime(Object value) {
        if (!(value instanceof Duration time)) {
            return value;
        }
        Duration magnitude = time.abs();
        Duration rounded = Duration.ofSeconds(magnitude.getSeconds()).plusNanos(roundNanos(magnitude.getNano()));
        return time.isNegative() ? rounded.negated() : rounded;
    }

    private long roundNanos(int nanos) {
        long unit = (long) Math.pow(10, 9 - Math.max(first, 0));
        return (nanos + unit / 2) / unit * unit;
    }
}
