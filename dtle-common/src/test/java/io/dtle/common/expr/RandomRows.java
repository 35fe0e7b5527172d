package io.dtle.common.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The differential test's table: one column of every type the source connector emits, and random rows for
 * it as SQL literals. Boundary values are favoured because that is where MySQL's coercions bite.
 */
final class RandomRows {
    /** A column: its name, its MySQL type, and a generator of SQL literals for it (never NULL). */
    record Column(String name, String type, Function<Random, String> literal) {
    }

    static final List<Column> COLUMNS = List.of(
            integer("ti", "TINYINT", -128, 127),
            integer("tiu", "TINYINT UNSIGNED", 0, 255),
            integer("si", "SMALLINT", -32768, 32767),
            integer("siu", "SMALLINT UNSIGNED", 0, 65535),
            integer("mi", "MEDIUMINT", -8388608, 8388607),
            integer("miu", "MEDIUMINT UNSIGNED", 0, 16777215),
            integer("i", "INT", Integer.MIN_VALUE, Integer.MAX_VALUE),
            integer("iu", "INT UNSIGNED", 0, 4294967295L),
            integer("bi", "BIGINT", Long.MIN_VALUE, Long.MAX_VALUE),
            new Column("biu", "BIGINT UNSIGNED", r -> pick(r, "0", "1", "5", "18446744073709551615",
                    "9223372036854775808", "2024", String.valueOf(r.nextLong() >>> 1), String.valueOf(r.nextInt(100)))),
            new Column("d", "DECIMAL(10,2)", r -> pick(r, "0", "1.50", "-3.25", "99999999.99", "0.10", "5.00",
                    (r.nextInt(20000) - 10000) / 100.0 + "")),
            new Column("f", "FLOAT", r -> pick(r, "0", "0.1", "1.5", "-3", "5", "1e10", "2024", r.nextInt(1000) / 8.0 + "")),
            new Column("db", "DOUBLE", r -> pick(r, "0", "0.1", "1.5", "-3", "5", "1e300", "-2.5e-5",
                    String.valueOf(r.nextDouble() * 100))),
            new Column("dt", "DATE", r -> quote(pick(r, "2024-01-01", "1000-01-01", "9999-12-31", "2024-02-29",
                    "2005-05-05", randomDate(r)))),
            new Column("dtm", "DATETIME(6)", r -> quote(pick(r, "2024-01-01 00:00:00", "2024-01-01 10:00:00.5",
                    "9999-12-31 23:59:59.999999", "1000-01-01 00:00:00", randomDate(r) + " " + randomTime(r, 24)))),
            new Column("ts", "TIMESTAMP(6)", r -> quote(pick(r, "2024-01-01 10:00:00", "1970-01-01 00:00:01",
                    "2038-01-19 03:14:07.999999", "2024-02-29 12:00:00.000001", "2005-05-05 05:05:05"))),
            new Column("tm", "TIME", r -> quote(pick(r, "00:00:00", "12:30:00", "-01:00:00", "838:59:59",
                    "-838:59:59", "24:00:00", randomTime(r, 100)))),
            new Column("y", "YEAR", r -> pick(r, "1901", "2155", "2024", "2000", "0", String.valueOf(1901 + r.nextInt(255)))),
            new Column("c", "CHAR(20) CHARACTER SET utf8mb4", r -> quote(text(r))),
            new Column("vc", "VARCHAR(30) CHARACTER SET utf8mb4", r -> quote(text(r))),
            new Column("bn", "BINARY(4)", r -> quote(pick(r, "abc", "Abc", "", "5", "a\\0b", "ab  "))),
            new Column("vb", "VARBINARY(10)", r -> quote(pick(r, "abc", "Abc", "", "5", "2024-01-01", "a%", "é", "ab "))),
            new Column("e", "ENUM('a','B','c','5')", r -> quote(pick(r, "a", "B", "c", "5", "A", "b"))),
            new Column("st", "SET('x','y','z')", r -> quote(pick(r, "", "x", "y", "x,z", "x,y,z", "Z"))),
            new Column("j", "JSON", r -> quote(pick(r, "1", "\\\"abc\\\"", "{\\\"a\\\": 1}", "[1, 2]", "null", "true", "1.5"))),
            new Column("bt", "BIT(8)", r -> pick(r, "b'0'", "b'101'", "b'11111111'", "b'1'", String.valueOf(r.nextInt(256)))));

    private static final String[] TEXTS = {"abc", "ABC", "Abc", "abc ", " abc", "", "5", "5x", " 5", "1.50", "-3",
        "é", "e", "É", "ß", "ss", "a%", "a_c", "a\\\\%c", "2024-01-01", "2024-01-01 10:00:00", "12:30:00", "0",
        "1e1", "x", "B", "a,c", "abcdefghij", "abc  ", "Ünïcödé", "\\\\"};

    private RandomRows() {
    }

    static String createTable(String table) {
        return "CREATE TABLE " + table + " (id INT PRIMARY KEY, "
                + COLUMNS.stream().map(c -> c.name() + " " + c.type() + " NULL").collect(Collectors.joining(", "))
                + ") DEFAULT CHARSET=utf8mb4";
    }

    /** INSERT statements for {@code count} rows with ids 1..count; each value is NULL with {@code nullOdds}. */
    static List<String> inserts(String table, int count, double nullOdds, Random random) {
        List<String> statements = new ArrayList<>();
        String columns = COLUMNS.stream().map(Column::name).collect(Collectors.joining(", "));
        for (int id = 1; id <= count; id++) {
            List<String> values = new ArrayList<>();
            for (Column column : COLUMNS) {
                values.add(random.nextDouble() < nullOdds ? "NULL" : column.literal().apply(random));
            }
            statements.add("INSERT INTO " + table + " (id, " + columns + ") VALUES (" + id + ", "
                    + String.join(", ", values) + ")");
        }
        return statements;
    }

    private static Column integer(String name, String type, long min, long max) {
        return new Column(name, type, r -> {
            long value = Long.parseLong(pick(r, String.valueOf(min), String.valueOf(max), "0", "1", "5", "-1", "2024",
                    String.valueOf(r.nextInt(100) - 50), String.valueOf(r.nextLong())));
            return String.valueOf(Math.max(min, Math.min(max, value)));
        });
    }

    private static String text(Random r) {
        return TEXTS[r.nextInt(TEXTS.length)];
    }

    private static String randomDate(Random r) {
        return String.format("%04d-%02d-%02d", 1990 + r.nextInt(60), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    private static String randomTime(Random r, int hours) {
        return String.format("%02d:%02d:%02d", r.nextInt(hours), r.nextInt(60), r.nextInt(60));
    }

    static String pick(Random r, String... choices) {
        return choices[r.nextInt(choices.length)];
    }

    private static String quote(String text) {
        return "'" + text + "'";
    }
}
