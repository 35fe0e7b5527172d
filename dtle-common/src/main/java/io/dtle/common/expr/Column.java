package io.dtle.common.expr;

/** A column of the row; its name is in lower case, as MySQL column names are case-insensitive. */
final class Column extends Node {
    private final String name;

    Column(String name) {
        this.name = name;
    }

    @Override
    Object eval(Row row) {
        return Values.normalize(row.value(name));
    }

    String name() {
        return name;
    }
}
