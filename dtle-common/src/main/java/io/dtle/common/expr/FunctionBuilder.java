package io.dtle.common.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.expression.CaseExpression;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.TrimFunction;
import net.sf.jsqlparser.expression.WhenClause;
import net.sf.jsqlparser.expression.operators.relational.NamedExpressionList;

/** Compiles function calls; the functions a condition may use are exactly those listed in {@link #SUPPORTED}. */
final class FunctionBuilder {
    static final String SUPPORTED = "ABS, CASE, CAST, CHAR_LENGTH, COALESCE, CONCAT, DATE, DAY, DAYOFMONTH, IF, "
            + "IFNULL, LCASE, LENGTH, LOWER, LTRIM, MOD, MONTH, RTRIM, SUBSTR, SUBSTRING, TRIM, UCASE, UPPER, YEAR";

    /** Functions whose result depends on when or where they run: the snapshot and the binlog would disagree. */
    static final Set<String> NON_DETERMINISTIC = Set.of("NOW", "CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_TIME",
            "CURDATE", "CURTIME", "SYSDATE", "LOCALTIME", "LOCALTIMESTAMP", "UTC_DATE", "UTC_TIME", "UTC_TIMESTAMP",
            "UNIX_TIMESTAMP", "RAND", "UUID", "UUID_SHORT", "CONNECTION_ID", "USER", "CURRENT_USER", "SESSION_USER",
            "SYSTEM_USER", "CURRENT_ROLE", "DATABASE", "SCHEMA", "VERSION", "LAST_INSERT_ID", "ROW_COUNT", "FOUND_ROWS",
            "SLEEP", "BENCHMARK", "GET_LOCK", "RELEASE_LOCK", "IS_FREE_LOCK", "IS_USED_LOCK", "RANDOM_BYTES",
            "ICU_VERSION", "PS_CURRENT_THREAD_ID", "GTID_SUBSET", "WAIT_FOR_EXECUTED_GTID_SET");

    private static final Set<String> AGGREGATES = Set.of("COUNT", "SUM", "AVG", "MIN", "MAX", "GROUP_CONCAT",
            "BIT_AND", "BIT_OR", "BIT_XOR", "STD", "STDDEV", "STDDEV_POP", "STDDEV_SAMP", "VAR_POP", "VAR_SAMP",
            "VARIANCE", "JSON_ARRAYAGG", "JSON_OBJECTAGG", "ANY_VALUE");

    private final TreeBuilder tree;

    FunctionBuilder(TreeBuilder tree) {
        this.tree = tree;
    }

    Node function(Function f) {
        String name = f.getName().replace("`", "").toUpperCase(Locale.ROOT);
        if (NON_DETERMINISTIC.contains(name)) {
            throw tree.nonDeterministic(name + "()");
        }
        if (AGGREGATES.contains(name)) {
            throw tree.reject(name + "() is an aggregate function", "a row filter looks at one row at a time");
        }
        if (f.getMultipartName().size() > 1 || f.isDistinct() || f.isAllColumns() || f.getKeep() != null) {
            throw tree.reject(f + " is not a function call dtle supports", "use one of " + SUPPORTED);
        }
        if (f.getNamedParameters() != null) {
            return substringFromFor(name, f.getNamedParameters());
        }
        List<Node> args = f.getParameters() == null ? List.of() : tree.all(f.getParameters().getExpressions());
        return call(name, args);
    }

    private Node call(String name, List<Node> args) {
        return switch (name) {
            case "ABS" -> unary(name, args, Node.Kind.NUMBER, FunctionBuilder::abs);
            case "CONCAT" -> Call.concat(arity(name, args, 1, Integer.MAX_VALUE));
            case "SUBSTRING", "SUBSTR" -> substring(name, args);
            case "LOWER", "LCASE" -> unary(name, args, Node.Kind.STRING, StringFunctions::lower);
            case "UPPER", "UCASE" -> unary(name, args, Node.Kind.STRING, StringFunctions::upper);
            case "LENGTH" -> unary(name, args, Node.Kind.NUMBER, StringFunctions::length);
            case "CHAR_LENGTH", "CHARACTER_LENGTH" -> unary(name, args, Node.Kind.NUMBER, StringFunctions::charLength);
            case "LTRIM" -> unary(name, args, Node.Kind.STRING, v -> StringFunctions.trim(v, " ", true, false));
            case "RTRIM" -> unary(name, args, Node.Kind.STRING, v -> StringFunctions.trim(v, " ", false, true));
            case "YEAR" -> unary(name, args, Node.Kind.NUMBER, v -> datePart(v, 'Y'));
            case "MONTH" -> unary(name, args, Node.Kind.NUMBER, v -> datePart(v, 'M'));
            case "DAY", "DAYOFMONTH" -> unary(name, args, Node.Kind.NUMBER, v -> datePart(v, 'D'));
            case "DATE" -> unary(name, args, Node.Kind.TEMPORAL, Cast::toDate);
            case "MOD" -> tree.fold(new Arithmetic(Arithmetic.Op.MODULO, arity(name, args, 2, 2).get(0), args.get(1)), args);
            case "IF" -> conditional(Conditional.Form.IF, arity(name, args, 3, 3));
            case "IFNULL" -> conditional(Conditional.Form.IFNULL, arity(name, args, 2, 2));
            case "COALESCE" -> conditional(Conditional.Form.COALESCE, arity(name, args, 1, Integer.MAX_VALUE));
            default -> throw tree.reject(name + "() is not a function dtle supports", "use one of " + SUPPORTED);
        };
    }

    /** TRIM([BOTH | LEADING | TRAILING] [remove] FROM s) and TRIM(s). */
    Node trim(TrimFunction f) {
        Expression removeExpression = f.isUsingFromKeyword() ? f.getExpression() : null;
        Expression valueExpression = f.isUsingFromKeyword() ? f.getFromExpression() : f.getExpression();
        TrimFunction.TrimSpecification spec = f.getTrimSpecification();
        boolean leading = spec != TrimFunction.TrimSpecification.TRAILING;
        boolean trailing = spec != TrimFunction.TrimSpecification.LEADING;
        Node value = tree.build(valueExpression);
        Node remove = removeExpression == null ? new Literal(" ") : tree.build(removeExpression);
        return tree.fold(Call.of(Node.Kind.STRING, value, remove,
                (v, r) -> StringFunctions.trim(v, r, leading, trailing)), List.of(value, remove));
    }

    /** CAST(x AS type), and the typed literals DATE '...', TIME '...', TIMESTAMP '...'. */
    Node cast(CastExpression cast) {
        CastTarget target = CastTarget.parse(cast.getColDataType().getDataType(), tree);
        Node operand = tree.build(cast.getLeftExpression());
        Node node = tree.fold(Call.of(target.kind(), operand, target::apply), List.of(operand));
        if (cast.isImplicitCast() && node instanceof Literal literal && literal.value() == null) {
            throw tree.reject(cast + " is not a valid " + target.name() + " literal", "correct the value");
        }
        return node;
    }

    /** CASE [x] WHEN ... THEN ... [ELSE ...] END. */
    Node caseExpression(CaseExpression c) {
        Node operand = c.getSwitchExpression() == null ? null : tree.build(c.getSwitchExpression());
        List<Node> whens = new ArrayList<>();
        List<Node> thens = new ArrayList<>();
        for (WhenClause when : c.getWhenClauses()) {
            whens.add(tree.build(when.getWhenExpression()));
            thens.add(tree.build(when.getThenExpression()));
        }
        Node otherwise = c.getElseExpression() == null ? Literal.NULL : tree.build(c.getElseExpression());
        List<Node> inputs = new ArrayList<>(whens);
        inputs.addAll(thens);
        inputs.add(otherwise);
        if (operand != null) {
            inputs.add(operand);
        }
        return tree.fold(new Conditional.Case(operand, whens, thens, otherwise, tree.collation()), inputs);
    }

    /** SUBSTRING(s FROM pos [FOR len]). */
    private Node substringFromFor(String name, NamedExpressionList<?> named) {
        List<String> names = named.getNames();
        boolean valid = (name.equals("SUBSTRING") || name.equals("SUBSTR")) && names.size() >= 2
                && "FROM".equalsIgnoreCase(names.get(1)) && (names.size() == 2 || "FOR".equalsIgnoreCase(names.get(2)));
        if (!valid) {
            throw tree.reject(name + "(... " + String.join(" ", names) + " ...) is not supported",
                    "use SUBSTRING(s FROM pos [FOR len]) or one of " + SUPPORTED);
        }
        return substring(name, tree.all(named.getExpressions()));
    }

    private Node substring(String name, List<Node> args) {
        arity(name, args, 2, 3);
        Node node = args.size() == 2
                ? Call.of(Node.Kind.STRING, args.get(0), args.get(1), (s, p) -> StringFunctions.substring(s, p, null))
                : Call.of(Node.Kind.STRING, args.get(0), args.get(1), args.get(2), StringFunctions::substring);
        return tree.fold(node, args);
    }

    private Node conditional(Conditional.Form form, List<Node> args) {
        return tree.fold(new Conditional(form, args, tree.collation()), args);
    }

    private Node unary(String name, List<Node> args, Node.Kind kind, Call.Fn1 fn) {
        return tree.fold(Call.of(kind, arity(name, args, 1, 1).get(0), fn), args);
    }

    private List<Node> arity(String name, List<Node> args, int min, int max) {
        if (args.size() < min || args.size() > max) {
            String expected = min == max ? String.valueOf(min) : max == Integer.MAX_VALUE ? "at least " + min
                    : min + " or " + max;
            throw tree.reject(name + "() takes " + expected + " argument" + (max == 1 ? "" : "s") + ", not "
                    + args.size(), "correct the call");
        }
        return args;
    }

    private static Object abs(Object value) {
        Object n = Arithmetic.operand(value);
        if (n instanceof Long x) {
            return x == Long.MIN_VALUE ? java.math.BigDecimal.valueOf(x).negate() : (Object) Math.abs(x);
        }
        return n instanceof Double d ? (Object) Math.abs(d) : ((java.math.BigDecimal) n).abs();
    }

    /**
     * YEAR, MONTH and DAY of a date, datetime, date string or date number. Numbers from 0 to 1 give 0; the zero
     * date '0000-00-00' gives NULL, as under MySQL 8.0's default NO_ZERO_DATE mode.
     */
    private static Object datePart(Object value, char part) {
        if (Values.isNumber(value) && Values.toDouble(value) >= 0 && Values.toDouble(value) < 1) {
            return 0L;
        }
        Object date = Cast.toDate(value);
        if (date == null) {
            return null;
        }
        java.time.LocalDate d = (java.time.LocalDate) date;
        return (long) (part == 'Y' ? d.getYear() : part == 'M' ? d.getMonthValue() : d.getDayOfMonth());
    }
}
