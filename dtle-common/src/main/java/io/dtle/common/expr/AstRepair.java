package io.dtle.common.expr;

import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.conditional.XorExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsBooleanExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.IsUnknownExpression;

/**
 * Fixes the two places where JSqlParser 5.3 groups MySQL operators differently from MySQL. Both work on
 * JSqlParser's freshly parsed (and otherwise unused) tree, when {@link TreeBuilder} reaches the node.
 *
 * <ul>
 *   <li>{@code !} binds tighter than any binary operator in MySQL ({@code !a = 1} is {@code (!a) = 1}),
 *       while JSqlParser treats it like NOT ({@code NOT (a = 1)}).
 *   <li>XOR binds tighter than OR in MySQL ({@code a XOR b OR c} is {@code (a XOR b) OR c}); JSqlParser
 *       makes it the loosest operator.
 * </ul>
 */
final class AstRepair {
    private AstRepair() {
    }

    /** For {@code !x}: applies the {@code !} to the leftmost operand of x, as MySQL does. */
    static Expression exclamation(NotExpression not) {
        Expression child = not.getExpression();
        Expression parent = null;
        Expression target = child;
        for (Expression left = leftOf(target); left != null; left = leftOf(target)) {
            parent = target;
            target = left;
        }
        if (parent == null) {
            return new NotExpression(child, false);
        }
        setLeft(parent, new NotExpression(target, false));
        return child;
    }

    /** Regroups a chain of AND, XOR and OR (outside parentheses) by MySQL's precedence. */
    static Expression logical(Expression root) {
        List<Expression> operands = new ArrayList<>();
        List<Expression> operators = new ArrayList<>();
        flatten(root, operands, operators);
        int[] next = {0};
        return parse(operands, operators, next, 0);
    }

    static boolean isLogical(Expression e) {
        return e instanceof AndExpression || e instanceof OrExpression || e instanceof XorExpression;
    }

    private static void flatten(Expression e, List<Expression> operands, List<Expression> operators) {
        if (isLogical(e)) {
            BinaryExpression binary = (BinaryExpression) e;
            flatten(binary.getLeftExpression(), operands, operators);
            operators.add(e);
            flatten(binary.getRightExpression(), operands, operators);
        } else {
            operands.add(e);
        }
    }

    /** Precedence climbing over operands[i] op[i] operands[i+1] ...; all three operators are left-associative. */
    private static Expression parse(List<Expression> operands, List<Expression> operators, int[] next, int minLevel) {
        Expression left = operands.get(next[0]);
        while (next[0] < operators.size() && level(operators.get(next[0])) >= minLevel) {
            Expression operator = operators.get(next[0]++);
            Expression right = parse(operands, operators, next, level(operator) + 1);
            left = combine(operator, left, right);
        }
        return left;
    }

    private static int level(Expression operator) {
        return operator instanceof OrExpression ? 0 : operator instanceof XorExpression ? 1 : 2;
    }

    private static Expression combine(Expression operator, Expression left, Expression right) {
        if (operator instanceof OrExpression) {
            return new OrExpression(left, right);
        }
        return operator instanceof XorExpression ? new XorExpression(left, right) : new AndExpression(left, right);
    }

    private static Expression leftOf(Expression e) {
        if (e instanceof BinaryExpression b) {
            return b.getLeftExpression();
        }
        if (e instanceof InExpression in) {
            return in.getLeftExpression();
        }
        if (e instanceof Between between) {
            return between.getLeftExpression();
        }
        if (e instanceof IsNullExpression isNull) {
            return isNull.getLeftExpression();
        }
        if (e instanceof IsBooleanExpression isBoolean) {
            return isBoolean.getLeftExpression();
        }
        return e instanceof IsUnknownExpression isUnknown ? isUnknown.getLeftExpression() : null;
    }

    private static void setLeft(Expression e, Expression left) {
        if (e instanceof BinaryExpression b) {
            b.setLeftExpression(left);
        } else if (e instanceof InExpression in) {
            in.setLeftExpression(left);
        } else if (e instanceof Between between) {
            between.setLeftExpression(left);
        } else if (e instanceof IsNullExpression isNull) {
            isNull.setLeftExpression(left);
        } else if (e instanceof IsBooleanExpression isBoolean) {
            isBoolean.setLeftExpression(left);
        } else {
            ((IsUnknownExpression) e).setLeftExpression(left);
        }
    }
}
