package io.dtle.common.expr;

import java.util.List;

/**
 * IF, IFNULL, COALESCE, NULLIF and CASE. Like MySQL, when one possible result is a string the result is a
 * string: {@code IFNULL(n, 'none')} gives '5', not 5, so that comparing it with a string compares strings.
 * That is decided from the branches whose type is known before any row is seen (literals and functions);
 * a column's type is not known then, so columns alone ({@code IFNULL(a, b)}) keep their own types.
 */
final class Conditional extends Node {
    /** How the result is chosen among the branches. */
    enum Form {
        IF, IFNULL, COALESCE, NULLIF
    }

    private final Form form;
    private final Node[] args;
    private final Kind kind;
    private final Collation collation;

    Conditional(Form form, List<Node> args, Collation collation) {
        this.form = form;
        this.args = args.toArray(new Node[0]);
        this.collation = collation;
        List<Node> results = form == Form.IF ? args.subList(1, 3) : form == Form.NULLIF ? args.subList(0, 1) : args;
        this.kind = aggregate(results);
    }

    @Override
    Object eval(Row row) {
        return switch (form) {
            case IF -> result(Values.truth(args[0].eval(row)) == Boolean.TRUE ? args[1].eval(row) : args[2].eval(row));
            case IFNULL, COALESCE -> firstNotNull(row);
            case NULLIF -> nullIf(row);
        };
    }

    private Object firstNotNull(Row row) {
        for (Node arg : args) {
            Object value = arg.eval(row);
            if (value != null) {
                return result(value);
            }
        }
        return null;
    }

    private Object nullIf(Row row) {
        Object a = args[0].eval(row);
        Object b = args[1].eval(row);
        if (a == null || b == null) {
            return a;
        }
        return Compare.values(a, args[0], b, args[1], collation, Compare.Mode.OPERATOR) == 0 ? null : a;
    }

    private Object result(Object value) {
        return asString(kind, value);
    }

    @Override
    Kind kind() {
        return kind;
    }

    /** The result kind: STRING when any branch is a string, else the branches' common kind if known. */
    static Kind aggregate(List<Node> results) {
        Kind common = Kind.NULL;
        for (Node node : results) {
            Kind kind = node.kind();
            if (kind == Kind.STRING) {
                return Kind.STRING;
            }
            if (kind != Kind.NULL) {
                common = common == Kind.NULL || common == kind ? kind : Kind.UNKNOWN;
            }
        }
        return common;
    }

    static Object asString(Kind kind, Object value) {
        return kind == Kind.STRING && value != null && !Values.isString(value) ? Values.toText(value) : value;
    }

    /** CASE [operand] WHEN w THEN r ... [ELSE e] END; without an operand each WHEN is a condition. */
    static final class Case extends Node {
        private final Node operand;
        private final Node[] whens;
        private final Node[] thens;
        private final Node otherwise;
        private final Kind kind;
        private final Collation collation;

        Case(Node operand, List<Node> whens, List<Node> thens, Node otherwise, Collation collation) {
            this.operand = operand;
            this.whens = whens.toArray(new Node[0]);
            this.thens = thens.toArray(new Node[0]);
            this.otherwise = otherwise;
            this.collation = collation;
            List<Node> results = new java.util.ArrayList<>(thens);
            results.add(otherwise);
            this.kind = aggregate(results);
        }

        @Override
        Object eval(Row row) {
            Object x = operand == null ? null : operand.eval(row);
            for (int i = 0; i < whens.length; i++) {
                if (operand == null ? Values.truth(whens[i].eval(row)) == Boolean.TRUE : matches(x, whens[i], row)) {
                    return result(thens[i].eval(row));
                }
            }
            return result(otherwise.eval(row));
        }

        private boolean matches(Object x, Node when, Row row) {
            if (x == null) {
                return false;
            }
            Object w = when.eval(row);
            return w != null && Compare.values(x, operand, w, when, collation, Compare.Mode.LIST) == 0;
        }

        private Object result(Object value) {
            return asString(kind, value);
        }

        @Override
        Kind kind() {
            return kind;
        }
    }
}
