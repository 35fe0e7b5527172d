package io.dtle.sink.sql;

/** Turns one column's Connect value (never null) into the JDBC parameter that makes MySQL store the same value. */
@FunctionalInterface
interface JdbcValue {
    Object toJdbc(Object connectValue);
}
