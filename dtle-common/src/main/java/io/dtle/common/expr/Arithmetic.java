package io.dtle.common.expr;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * +, -, *, / (decimal division), DIV (integer division) and % / MOD, with MySQL's types: integers stay exact
 * (and become DECIMAL where BIGINT would overflow), a DECIMAL makes the result DECIMAL, a DOUBLE or a string
 * makes it DOUBLE, and dates and times count as their numeric form (20240101). Division by zero is NULL.
 */
final class Arithmetic extends Node {
    enum Op {
        ADD, SUBTRACT, MULTIPLY, DIVIDE, INTEGER_DIVIDE, MODULO
    }

    /** MySQL's div_precision_increment: digits a division adds to the dividend's scale. */
    private static final int DIV_PRECISION_INCREMENT = 4;

    private final Op op;
    private final Node left;
    private final Node right;

    Arithmetic(Op op, Node left, Node right) {
        this.op = op;
        this.left = left;
        this.right = right;
    }

    @Override
    Object eval(Row row) {
        Object a = left.eval(row);
        if (a == null) {
            return null;
        }
        Object b = right.eval(row);
        if (b == null) {
            return null;
        }
        if (op == Op.INTEGER_DIVIDE) {
            return integerDivide(a, b);
        }
        return apply(op, operand(a, left), operand(b, right));
    }

    /** An operand whose static type is STRING counts as a DOUBLE, as in MySQL (IF(c, 1, 'x') + 0 is 1e0). */
    private static Object operand(Object value, Node node) {
        return node.kind() == Kind.STRING && !Values.isString(value) ? (Object) Values.toDouble(value) : operand(value);
    }

    @Override
    Kind kind() {
        return Kind.NUMBER;
    }

    /** A value as an arithmetic operand: strings are read as DOUBLE, dates and times as their numeric form. */
    static Object operand(Object value) {
        if (Values.isNumber(value)) {
            return value;
        }
        return Values.isString(value) ? (Object) Values.toDouble(value) : Temporals.toNumber(value);
    }

    static Object apply(Op op, Object a, Object b) {
        if (op == Op.INTEGER_DIVIDE) {
            return integerDivide(a, b);
        }
        if (a instanceof Double || b instanceof Double) {
            return doubles(op, Values.toDouble(a), Values.toDouble(b));
        }
        if (a instanceof Long x && b instanceof Long y && op != Op.DIVIDE) {
            return longs(op, x, y);
        }
        return decimals(op, Values.toDecimal(a), Values.toDecimal(b));
    }

    private static Object longs(Op op, long x, long y) {
        try {
            return switch (op) {
                case ADD -> Math.addExact(x, y);
                case SUBTRACT -> Math.subtractExact(x, y);
                case MULTIPLY -> Math.multiplyExact(x, y);
                default -> y == 0 ? null : (Object) (x % y);
            };
        } catch (ArithmeticException overflow) {
            return narrow(decimals(op, BigDecimal.valueOf(x), BigDecimal.valueOf(y)));
        }
    }

    private static Object decimals(Op op, BigDecimal x, BigDecimal y) {
        return switch (op) {
            case ADD -> x.add(y);
            case SUBTRACT -> x.subtract(y);
            case MULTIPLY -> x.multiply(y);
            case DIVIDE -> y.signum() == 0 ? null : x.divide(y, divisionScale(x, y), RoundingMode.DOWN);
            default -> y.signum() == 0 ? null : x.remainder(y).setScale(Math.max(x.scale(), y.scale()));
        };
    }

    /**
     * MySQL computes a decimal quotient in whole 9-digit groups, truncated: the operands' fractions each
     * rounded up to whole groups, plus what is left of div_precision_increment after that rounding (MySQL's
     * do_div_mod). So 1/3 is 0.333333333 (shown as 0.3333), {@code 1/3*3 = 1} is FALSE, and 1.50/0.7 has 18
     * fraction digits, in MySQL and here.
     */
    private static int divisionScale(BigDecimal x, BigDecimal y) {
        int scaleX = Math.max(x.scale(), 0);
        int scaleY = Math.max(y.scale(), 0);
        int groupsX = roundUpToGroup(scaleX);
        int groupsY = roundUpToGroup(scaleY);
        int increment = Math.max(0, DIV_PRECISION_INCREMENT - (groupsX - scaleX) - (groupsY - scaleY));
        return roundUpToGroup(groupsX + groupsY + increment);
    }

    private static int roundUpToGroup(int digits) {
        return (digits + 8) / 9 * 9;
    }

    private static Object doubles(Op op, double x, double y) {
        double result = switch (op) {
            case ADD -> x + y;
            case SUBTRACT -> x - y;
            case MULTIPLY -> x * y;
            case DIVIDE -> y == 0 ? Double.NaN : x / y;
            default -> y == 0 ? Double.NaN : x % y;
        };
        // MySQL returns NULL for a division by zero and refuses out-of-range results; both are NULL here.
        return Double.isFinite(result) ? (Object) result : null;
    }

    /** DIV: integers exactly, anything else (strings included) through DECIMAL, truncated. */
    private static Object integerDivide(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            if (y == 0) {
                return null;
            }
            return x == Long.MIN_VALUE && y == -1 ? BigDecimal.valueOf(x).negate() : (Object) (x / y);
        }
        BigDecimal divisor = Values.toDecimal(b);
        if (divisor.signum() == 0) {
            return null;
        }
        return narrow(Values.toDecimal(a).divide(divisor, 0, RoundingMode.DOWN));
    }

    /** Unary minus. */
    static Object negate(Object value) {
        Object n = operand(value);
        if (n instanceof Long x) {
            return x == Long.MIN_VALUE ? BigDecimal.valueOf(x).negate() : (Object) (-x);
        }
        return n instanceof Double d ? (Object) (-d) : ((BigDecimal) n).negate();
    }

    /** An integral DECIMAL that fits a BIGINT becomes a Long again. */
    static Object narrow(Object value) {
        if (value instanceof BigDecimal d && d.scale() == 0 && d.unscaledValue().bitLength() < 64) {
            return d.longValueExact();
        }
        return value;
    }
}
