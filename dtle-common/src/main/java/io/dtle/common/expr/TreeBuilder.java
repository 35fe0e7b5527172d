package io.dtle.common.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.BooleanValue;
import net.sf.jsqlparser.expression.CaseExpression;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.TrimFunction;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsBooleanExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.IsUnknownExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;

/**
 * Compiles JSqlParser's tree of a condition into our evaluation tree, once per condition. Constant parts
 * are computed here ({@link #fold}); anything that is not plain, deterministic MySQL is refused with a
 * {@link WhereException}. The columns the condition reads are collected on the way.
 */
final class TreeBuilder {
    private final String text;
    private final Collation collation;
    private final Set<String> columns = new TreeSet<>();
    private final FunctionBuilder functions = new FunctionBuilder(this);
    private final Rejections rejections;

    TreeBuilder(String text, Collation collation) {
        this.text = text;
        this.collation = collation;
        this.rejections = new Rejections(this);
    }

    Set<String> columns() {
        return columns;
    }

    Collation collation() {
        return collation;
    }

    Node build(Expression e) {
        if (e instanceof net.sf.jsqlparser.schema.Column c) {
            return column(c);
        }
        if (e instanceof LongValue v) {
            return new Literal(LiteralReader.integer(v.getStringValue()));
        }
        if (e instanceof DoubleValue v) {
            return new Literal(LiteralReader.decimalOrDouble(v.toString()));
        }
        if (e instanceof StringValue v) {
            return string(v);
        }
        if (e instanceof NullValue) {
            return Literal.NULL;
        }
        if (e instanceof BooleanValue v) {
            return new Literal(Values.of(v.getValue()));
        }
        if (e instanceof ParenthesedExpressionList<?> list && list.size() == 1) {
            return build(list.get(0));
        }
        if (e instanceof SignedExpression s && s.getSign() != '~') {
            Node operand = build(s.getExpression());
            return s.getSign() == '+' ? operand : fold(Call.of(Node.Kind.NUMBER, operand, v -> Arithmetic.narrow(
                    Arithmetic.negate(v))), List.of(operand));
        }
        if (e instanceof NotExpression not) {
            return not.isExclamationMark() ? build(AstRepair.exclamation(not)) : logical(e);
        }
        return operator(e);
    }

    private Node operator(Expression e) {
        if (AstRepair.isLogical(e)) {
            return logical(AstRepair.logical(e));
        }
        Comparison.Op comparison = JSqlOperators.comparison(e);
        if (comparison != null) {
            BinaryExpression b = (BinaryExpression) e;
            return binary(b, (l, r) -> new Comparison(comparison, l, r, collation));
        }
        Arithmetic.Op arithmetic = JSqlOperators.arithmetic(e);
        if (arithmetic != null) {
            return binary((BinaryExpression) e, (l, r) -> new Arithmetic(arithmetic, l, r));
        }
        return predicate(e);
    }

    private Node predicate(Expression e) {
        if (e instanceof InExpression in && !in.isGlobal() && in.getOldOracleJoinSyntax() == 0) {
            return in(in);
        }
        if (e instanceof net.sf.jsqlparser.expression.operators.relational.Between b) {
            List<Node> args = all(List.of(b.getLeftExpression(), b.getBetweenExpressionStart(), b.getBetweenExpressionEnd()));
            return fold(new Between(args.get(0), args.get(1), args.get(2), b.isNot(), collation), args);
        }
        if (e instanceof LikeExpression like && (like.getLikeKeyWord() == LikeExpression.KeyWord.LIKE)) {
            return like(like);
        }
        if (e instanceof IsNullExpression isNull && !isNull.isUseIsNull() && !isNull.isUseNotNull()) {
            Node operand = build(isNull.getLeftExpression());
            return fold(new Predicates.IsNull(operand, isNull.isNot()), List.of(operand));
        }
        if (e instanceof IsBooleanExpression is) {
            Node operand = build(is.getLeftExpression());
            return fold(new Predicates.IsTruth(operand, is.isTrue(), is.isNot()), List.of(operand));
        }
        if (e instanceof IsUnknownExpression is) {
            Node operand = build(is.getLeftExpression());
            return fold(new Predicates.IsTruth(operand, null, is.isNot()), List.of(operand));
        }
        return function(e);
    }

    private Node function(Expression e) {
        if (e instanceof Function f) {
            return functions.function(f);
        }
        if (e instanceof TrimFunction f) {
            return functions.trim(f);
        }
        if (e instanceof CastExpression cast && (cast.isUseCastKeyword() || cast.isImplicitCast())) {
            return functions.cast(cast);
        }
        if (e instanceof CaseExpression c) {
            return functions.caseExpression(c);
        }
        throw rejections.unsupported(e);
    }

    private Node logical(Expression e) {
        if (e instanceof NotExpression not) {
            Node operand = build(not.getExpression());
            return fold(new Logic.Not(operand), List.of(operand));
        }
        BinaryExpression b = (BinaryExpression) e;
        if (e instanceof AndExpression) {
            return binary(b, Logic.And::new);
        }
        return e instanceof OrExpression ? binary(b, Logic.Or::new) : binary(b, Logic.Xor::new);
    }

    private Node in(InExpression in) {
        if (!(in.getRightExpression() instanceof ParenthesedExpressionList<?> list)) {
            throw rejections.unsupported(in.getRightExpression());
        }
        if (list.isEmpty()) {
            throw reject("IN () has an empty list", "list at least one value");
        }
        Node operand = build(in.getLeftExpression());
        List<Node> values = all(list);
        List<Node> children = new ArrayList<>(values);
        children.add(operand);
        return fold(new InList(operand, values, in.isNot(), collation), children);
    }

    private Node like(LikeExpression like) {
        Node operand = build(like.getLeftExpression());
        Node pattern = build(like.getRightExpression());
        int escape = '\\';
        if (like.getEscape() != null) {
            Node escapeNode = build(like.getEscape());
            if (!(escapeNode instanceof Literal literal) || !(literal.value() instanceof String s)
                    || s.codePointCount(0, s.length()) > 1) {
                throw reject("the ESCAPE of LIKE must be a single character in quotes", "write e.g. ESCAPE '|'");
            }
            escape = s.isEmpty() ? -1 : s.codePointAt(0);
        }
        Collation likeCollation = like.isUseBinary() ? Collation.UTF8MB4_0900_BIN : collation;
        return fold(new Like(operand, pattern, escape, like.isNot(), likeCollation), List.of(operand, pattern));
    }

    private Node column(net.sf.jsqlparser.schema.Column c) {
        if (c.getTable() != null && c.getTable().getName() != null) {
            throw reject("the column " + c + " is qualified with a table name", "write the column name alone: "
                    + c.getColumnName());
        }
        String raw = c.getColumnName();
        boolean quoted = raw.length() > 1 && raw.startsWith("`") && raw.endsWith("`");
        if (!quoted && FunctionBuilder.NON_DETERMINISTIC.contains(raw.toUpperCase(Locale.ROOT))) {
            throw nonDeterministic(raw.toUpperCase(Locale.ROOT));
        }
        String name = (quoted ? raw.substring(1, raw.length() - 1) : raw).toLowerCase(Locale.ROOT);
        columns.add(name);
        return new Column(name);
    }

    private Node string(StringValue v) {
        String prefix = v.getPrefix() == null ? "" : v.getPrefix().toUpperCase(Locale.ROOT);
        if (!prefix.isEmpty() && !prefix.equals("N")) {
            throw reject(prefix + "'" + v.getValue() + "' literals are not supported",
                    "write a plain 'string' or a number");
        }
        return new Literal(LiteralReader.unescape(v.getValue(), '\''));
    }

    private Node binary(BinaryExpression b, java.util.function.BinaryOperator<Node> make) {
        Node left = build(b.getLeftExpression());
        Node right = build(b.getRightExpression());
        return fold(make.apply(left, right), List.of(left, right));
    }

    List<Node> all(List<? extends Expression> expressions) {
        List<Node> nodes = new ArrayList<>(expressions.size());
        for (Expression e : expressions) {
            nodes.add(build(e));
        }
        return nodes;
    }

    /** The node, or its value as a constant when all its inputs are constants. */
    Node fold(Node node, List<Node> inputs) {
        for (Node input : inputs) {
            if (!(input instanceof Literal)) {
                return node;
            }
        }
        Object value = Compare.typed(node.eval(Row.EMPTY), node);
        return new Literal(value, node.kind() == Node.Kind.UNKNOWN ? Node.Kind.of(value) : node.kind());
    }

    WhereException reject(String problem, String advice) {
        return new WhereException(text, problem, advice);
    }

    WhereException nonDeterministic(String what) {
        return reject(what + " gives a different result each time and place it runs, so the snapshot and the"
                + " binlog would filter differently", "write the value as a constant, e.g. '2024-01-01 00:00:00'");
    }
}
