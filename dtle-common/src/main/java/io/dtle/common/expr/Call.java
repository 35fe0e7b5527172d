package io.dtle.common.expr;

import java.util.List;

/**
 * A function whose result is NULL as soon as one argument is NULL, which is most of MySQL's functions. The
 * function itself is a small lambda; arguments are evaluated into locals, so a call allocates nothing.
 */
final class Call {
    private Call() {
    }

    @FunctionalInterface
    interface Fn1 {
        Object apply(Object a);
    }

    @FunctionalInterface
    interface Fn2 {
        Object apply(Object a, Object b);
    }

    @FunctionalInterface
    interface Fn3 {
        Object apply(Object a, Object b, Object c);
    }

    static Node of(Node.Kind kind, Node a, Fn1 fn) {
        return new Node() {
            @Override
            Object eval(Row row) {
                Object x = a.eval(row);
                return x == null ? null : fn.apply(x);
            }

            @Override
            Kind kind() {
                return kind;
            }
        };
    }

    static Node of(Node.Kind kind, Node a, Node b, Fn2 fn) {
        return new Node() {
            @Override
            Object eval(Row row) {
                Object x = a.eval(row);
                Object y = x == null ? null : b.eval(row);
                return y == null ? null : fn.apply(x, y);
            }

            @Override
            Kind kind() {
                return kind;
            }
        };
    }

    static Node of(Node.Kind kind, Node a, Node b, Node c, Fn3 fn) {
        return new Node() {
            @Override
            Object eval(Row row) {
                Object x = a.eval(row);
                Object y = x == null ? null : b.eval(row);
                Object z = y == null ? null : c.eval(row);
                return z == null ? null : fn.apply(x, y, z);
            }

            @Override
            Kind kind() {
                return kind;
            }
        };
    }

    /** CONCAT: the arguments' string forms joined; binary when one argument is binary. */
    static Node concat(List<Node> arguments) {
        Node[] args = arguments.toArray(new Node[0]);
        return new Node() {
            @Override
            Object eval(Row row) {
                StringBuilder text = new StringBuilder();
                java.io.ByteArrayOutputStream bytes = null;
                for (Node arg : args) {
                    Object value = arg.eval(row);
                    if (value == null) {
                        return null;
                    }
                    if (value instanceof byte[] && bytes == null) {
                        bytes = new java.io.ByteArrayOutputStream();
                        bytes.writeBytes(Values.toBytes(text.toString()));
                    }
                    if (bytes != null) {
                        bytes.writeBytes(Values.toBytes(value));
                    } else {
                        text.append(Values.toText(value));
                    }
                }
                return bytes != null ? bytes.toByteArray() : text.toString();
            }

            @Override
            Kind kind() {
                return Kind.STRING;
            }
        };
    }
}
