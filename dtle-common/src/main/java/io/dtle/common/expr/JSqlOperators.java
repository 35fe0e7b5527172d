package io.dtle.common.expr;

import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.arithmetic.Addition;
import net.sf.jsqlparser.expression.operators.arithmetic.Division;
import net.sf.jsqlparser.expression.operators.arithmetic.IntegerDivision;
import net.sf.jsqlparser.expression.operators.arithmetic.Modulo;
import net.sf.jsqlparser.expression.operators.arithmetic.Multiplication;
import net.sf.jsqlparser.expression.operators.arithmetic.Subtraction;
import net.sf.jsqlparser.expression.operators.relational.CosineSimilarity;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.GreaterThan;
import net.sf.jsqlparser.expression.operators.relational.GreaterThanEquals;
import net.sf.jsqlparser.expression.operators.relational.MinorThan;
import net.sf.jsqlparser.expression.operators.relational.MinorThanEquals;
import net.sf.jsqlparser.expression.operators.relational.NotEqualsTo;

/** Which of our operators a JSqlParser binary expression is; null when it is none of them. */
final class JSqlOperators {
    private JSqlOperators() {
    }

    /** A comparison; JSqlParser calls MySQL's {@code <=>} CosineSimilarity. */
    static Comparison.Op comparison(Expression e) {
        if (e instanceof EqualsTo) {
            return Comparison.Op.EQ;
        }
        if (e instanceof NotEqualsTo) {
            return Comparison.Op.NE;
        }
        if (e instanceof GreaterThan) {
            return Comparison.Op.GT;
        }
        if (e instanceof GreaterThanEquals) {
            return Comparison.Op.GE;
        }
        if (e instanceof MinorThan) {
            return Comparison.Op.LT;
        }
        if (e instanceof MinorThanEquals) {
            return Comparison.Op.LE;
        }
        return e instanceof CosineSimilarity ? Comparison.Op.NULL_SAFE_EQ : null;
    }

    static Arithmetic.Op arithmetic(Expression e) {
        if (e instanceof Addition) {
            return Arithmetic.Op.ADD;
        }
        if (e instanceof Subtraction) {
            return Arithmetic.Op.SUBTRACT;
        }
        if (e instanceof Multiplication) {
            return Arithmetic.Op.MULTIPLY;
        }
        if (e instanceof Division) {
            return Arithmetic.Op.DIVIDE;
        }
        if (e instanceof IntegerDivision) {
            return Arithmetic.Op.INTEGER_DIVIDE;
        }
        return e instanceof Modulo ? Arithmetic.Op.MODULO : null;
    }
}
