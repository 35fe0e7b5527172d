package io.dtle.common.expr;

import java.util.List;

/**
 * IF, IFNULL, COALESCE and CASE. Like MySQL, when one possible result is a string (or numbers and dates are
 * mixed) the result has the static type STRING: {@code IFNULL(n, 'none')} compares as the string '5', not
 * the number 5, though arithmetic on it still sees 5. That is decided from the branches whose type is known
 * before any row is seen (literals and functions); a column's type is not known then, so columns alone
 * ({@code IFNULL(a, b)}) keep their own types.
 */
final class Conditional extends Node {
    /** How the result is chosen among the branches. */
    enum Form {
        IF, IFNULL, COALESCE
    }

    private final Form form;
    private final Node[] args;
    private final Kind kind;
    private final Collation collation;

    Conditional(Form form, List<Node> args, Collation collation) {
        this.form = form;
        this.args = args.toArray(new Node[0]);
        this.collation = collation;
        List<Node> results = form == Form.IF ? args.subList(1, 3) : args;
        this.kind = aggregate(results);
    }

    @Override
    Object eval(Row row) {
        return switch (form) {
            case IF -> Values.truth(args[0].eval(row)) == Boolean.TRUE ? args[1].eval(row) : args[2].eval(row);
            case IFNULL, COALESCE -> firstNotNull(row);
        };
    }

    private Object firstNotNull(Row row) {
        for (Node arg : args) {
            Object value = arg.eval(row);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    @Override
    Kind kind() {
        return kind;
    }

    /**
     * The result kind: STRING when any branch is a string or numbers and dates are mixed (MySQL then
     * returns VARCHAR), else the branches' common kind if known.
     */
    static Kind aggregate(List<Node> results) {
        boolean numbers = false;
        boolean temporals = false;
        boolean unknown = false;
        for (Node node : results) {
            Kind kind = node.kind();
            if (kind == Kind.STRING) {
                return Kind.STRING;
            }
            numbers |= kind == Kind.NUMBER;
            temporals |= kind == Kind.TEMPORAL;
            unknown |= kind == Kind.UNKNOWN;
        }
        if (numbers && temporals) {
            return Kind.STRING;
        }
        if (unknown) {
            return Kind.UNKNOWN;
        }
        return numbers ? Kind.NUMBER : temporals ? Kind.TEMPORAL : Kind.NULL;
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
                    return thens[i].eval(row);
                }
            }
            return otherwise.eval(row);
        }

        private boolean matches(Object x, Node when, Row row) {
            if (x == null) {
                return false;
            }
            Object w = when.eval(row);
            return w != null && Compare.values(x, operand, w, when, collation, Compare.Mode.LIST) == 0;
        }

        @Override
        Kind kind() {
            return kind;
        }
    }
}
