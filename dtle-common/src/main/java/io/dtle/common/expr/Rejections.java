package io.dtle.common.expr;

import net.sf.jsqlparser.expression.CollateExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.HexValue;
import net.sf.jsqlparser.expression.IntervalExpression;
import net.sf.jsqlparser.expression.JdbcNamedParameter;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.TimeKeyExpression;
import net.sf.jsqlparser.expression.TranscodingFunction;
import net.sf.jsqlparser.expression.UserVariable;
import net.sf.jsqlparser.expression.operators.relational.ExistsExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.statement.select.Select;

/** Says why a piece of a condition cannot be used, and what to write instead. */
final class Rejections {
    private static final String ALLOWED = "use columns, constants, comparisons, AND/OR/XOR/NOT, IN, BETWEEN, LIKE, "
            + "IS [NOT] NULL, arithmetic and the functions " + FunctionBuilder.SUPPORTED;

    private final TreeBuilder tree;

    Rejections(TreeBuilder tree) {
        this.tree = tree;
    }

    WhereException unsupported(Expression e) {
        String className = e.getClass().getSimpleName();
        if (e instanceof Select || e instanceof ExistsExpression || className.equals("AnyComparisonExpression")) {
            return tree.reject("it contains a subquery (" + e + ")",
                    "a Where condition can only read the columns of the row itself");
        }
        if (e instanceof UserVariable v) {
            return tree.reject("it uses the variable " + v, "variables differ between the snapshot connection and "
                    + "the binlog reader; write the value into the condition");
        }
        if (className.equals("VariableAssignment")) {
            return tree.reject("it assigns a user variable (" + e + ")", "write the value into the condition");
        }
        if (e instanceof JdbcParameter || e instanceof JdbcNamedParameter) {
            return tree.reject("it contains the placeholder " + e, "write the value into the condition");
        }
        if (e instanceof TimeKeyExpression) {
            return tree.nonDeterministic(e.toString());
        }
        return unsupportedSyntax(e, className);
    }

    private WhereException unsupportedSyntax(Expression e, String className) {
        if (e instanceof HexValue) {
            return tree.reject("hexadecimal literals (" + e + ") are not supported", "write a string or a number");
        }
        if (e instanceof IntervalExpression) {
            return tree.reject("INTERVAL arithmetic (" + e + ") is not supported", "compare with a constant date");
        }
        if (e instanceof CollateExpression) {
            return tree.reject("COLLATE is not supported", "strings compare under the job's Where collation "
                    + "(default " + Collation.DEFAULT.mysqlName() + "); use LIKE BINARY for a case-sensitive match");
        }
        if (e instanceof LikeExpression like) {
            return tree.reject(like.getLikeKeyWord() + " is not supported", "use LIKE with % and _");
        }
        if (e instanceof TranscodingFunction) {
            return tree.reject(e + " is not supported", "write CAST(x AS type) instead of CONVERT");
        }
        if (className.startsWith("Bitwise") || e instanceof net.sf.jsqlparser.expression.SignedExpression) {
            return tree.reject("bit operators (" + e + ") are not supported", ALLOWED);
        }
        if (e instanceof ParenthesedExpressionList<?> || className.equals("RowConstructor")) {
            return tree.reject("row values such as " + e + " are not supported", "compare one column at a time");
        }
        return tree.reject("\"" + e + "\" is not supported in a Where condition", ALLOWED);
    }
}
