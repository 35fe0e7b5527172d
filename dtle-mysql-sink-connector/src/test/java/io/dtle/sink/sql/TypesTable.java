package io.dtle.sink.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * A source table with a column of every MySQL type and rows of edge values: minimums, maximums, all
 * NULL, zeros (zero TIMESTAMPs, the '' ENUM error value), fractions, multibyte text, binary with 0x00.
 * Zero DATE/DATETIME values are not here: Debezium turns them into NULL (see RowWriterTypesIT). The collation is one
 * MariaDB also knows, so the same CREATE TABLE serves a MariaDB target.
 */
final class TypesTable {

    static final String DB = "types";
    static final String TABLE = "all_types";
    static final String QUALIFIED = DB + "." + TABLE;
    /** Zero dates need a session without NO_ZERO_DATE / NO_ZERO_IN_DATE / strict mode. */
    static final String PERMISSIVE = "SET SESSION sql_mode = ''";

    private record Column(String name, String type, String... values) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("c_tinyint", "TINYINT", "-128", "127", "0", "-1", "1"),
            new Column("c_tinyint_u", "TINYINT UNSIGNED", "0", "255", "0", "1", "1"),
            new Column("c_smallint", "SMALLINT", "-32768", "32767", "0", "-2", "1"),
            new Column("c_smallint_u", "SMALLINT UNSIGNED", "0", "65535", "0", "2", "1"),
            new Column("c_mediumint", "MEDIUMINT", "-8388608", "8388607", "0", "-3", "1"),
            new Column("c_mediumint_u", "MEDIUMINT UNSIGNED", "0", "16777215", "0", "3", "1"),
            new Column("c_int", "INT", "-2147483648", "2147483647", "0", "-4", "1"),
            new Column("c_int_u", "INT UNSIGNED", "0", "4294967295", "0", "4", "1"),
            new Column("c_bigint", "BIGINT", "-9223372036854775808", "9223372036854775807", "0", "-5", "1"),
            new Column("c_bigint_u", "BIGINT UNSIGNED", "0", "18446744073709551615", "0", "9223372036854775808", "1"),
            new Column("c_decimal", "DECIMAL(65,30)",
                    "-99999999999999999999999999999999999.999999999999999999999999999999",
                    "99999999999999999999999999999999999.999999999999999999999999999999", "0",
                    "1.000000000000000000000000000001", "0.5"),
            new Column("c_decimal_small", "DECIMAL(10,2)", "-99999999.99", "99999999.99", "0", "0.01", "0.5"),
            new Column("c_float", "FLOAT", "-3.40282e38", "3.40282e38", "0", "1.5", "0.1"),
            new Column("c_double", "DOUBLE", "-1.7976931348623157e308", "1.7976931348623157e308", "0", "0.1", "1e-300"),
            new Column("c_date", "DATE", "'1000-01-01'", "'9999-12-31'", "'1970-01-01'", "'2024-02-29'", "'2000-02-29'"),
            new Column("c_time", "TIME", "'-838:59:59'", "'838:59:59'", "'00:00:00'", "'-01:02:03'", "'25:30:00'"),
            new Column("c_time6", "TIME(6)", "'-838:59:59.000000'", "'838:59:59.000000'", "'00:00:00'",
                    "'-00:00:00.000001'", "'25:30:00.5'"),
            new Column("c_time3", "TIME(3)", "'-838:59:59'", "'838:59:59'", "'00:00:00'", "'-01:02:03.456'",
                    "'12:00:00.001'"),
            new Column("c_datetime", "DATETIME", "'1000-01-01 00:00:00'", "'9999-12-31 23:59:59'",
                    "'1970-01-01 00:00:00'", "'2024-02-29 12:34:56'", "'1970-01-01 00:00:00'"),
            new Column("c_datetime3", "DATETIME(3)", "'1000-01-01 00:00:00'", "'9999-12-31 23:59:59.999'",
                    "'1970-01-01 00:00:00'", "'2024-02-29 12:34:56.654'", "'1969-12-31 23:59:59.999'"),
            new Column("c_datetime6", "DATETIME(6)", "'1000-01-01 00:00:00'", "'9999-12-31 23:59:59.999999'",
                    "'1970-01-01 00:00:00'", "'2024-02-29 12:34:56.654321'", "'2000-02-29 00:00:00.000001'"),
            new Column("c_timestamp", "TIMESTAMP NULL", "'1970-01-01 00:00:01'", "'2038-01-19 03:14:07'",
                    "'0000-00-00 00:00:00'", "'2024-02-29 12:34:56'", "'2000-01-01 00:00:00'"),
            new Column("c_timestamp6", "TIMESTAMP(6) NULL", "'1970-01-01 00:00:01'", "'2038-01-19 03:14:07.999999'",
                    "'0000-00-00 00:00:00'", "'2024-02-29 12:34:56.654321'", "'2000-02-29 00:00:00.000001'"),
            new Column("c_year", "YEAR", "1901", "2155", "0000", "2024", "1970"),
            new Column("c_char", "CHAR(10)", "'a'", "'zzzzzzzzzz'", "''", "'ab'", "'x'"),
            new Column("c_varchar", "VARCHAR(400)", "'😀 emoji ✓'", "REPEAT('😀', 100)", "''",
                    "'tab\\tquote''\\\\'", "'y'"),
            new Column("c_text", "TEXT", "'text 😀'", "REPEAT('x', 1000)", "''", "'multi\\nline'", "'z'"),
            new Column("c_latin1", "VARCHAR(50) CHARACTER SET latin1", "'café'", "'ÿ'", "''", "'Ãß'", "'l'"),
            new Column("c_gbk", "VARCHAR(50) CHARACTER SET gbk", "'中文'", "'汉字'", "''", "'汉字测试'", "'g'"),
            new Column("c_binary", "BINARY(4)", "x'00'", "x'ffffffff'", "x''", "x'00010000'", "x'61'"),
            new Column("c_varbinary", "VARBINARY(20)", "x''", "x'ffffffffffffffffffffffffffffffffffffffff'", "x''",
                    "x'000a00'", "x'62'"),
            new Column("c_blob", "BLOB", "x'00ff'", "x'deadbeef'", "x''", "x'00'", "x'63'"),
            new Column("c_enum", "ENUM('a','b','c')", "'a'", "'c'", "''", "'b'", "'a'"),
            new Column("c_set", "SET('x','y','z')", "''", "'x,y,z'", "''", "'x,z'", "'y'"),
            new Column("c_bit1", "BIT(1)", "b'0'", "b'1'", "b'0'", "b'1'", "b'1'"),
            new Column("c_bit12", "BIT(12)", "b'0'", "b'111111111111'", "b'0'", "b'101010101010'", "b'1'"),
            new Column("c_bit64", "BIT(64)", "b'0'",
                    "b'1111111111111111111111111111111111111111111111111111111111111111'", "b'0'",
                    "b'1000000000000000000000000000000000000000000000000000000000000001'", "b'100000000'"),
            new Column("c_json", "JSON", "'{}'", "'{\"a\": [1, 2.5, \"x\", null, true], \"b\": {\"c\": \"😀\"}}'",
                    "'null'", "'[1, \"two\", {\"3\": 4}]'", "'1'"),
            new Column("c_geometry", "GEOMETRY", "ST_GeomFromText('POINT(0 0)')",
                    "ST_GeomFromText('LINESTRING(0 0, 1 1, 2 3)')", "NULL",
                    "ST_GeomFromText('POLYGON((0 0, 4 0, 4 4, 0 4, 0 0))')", "ST_GeomFromText('MULTIPOINT((1 1), (2 2))')"),
            new Column("c_point", "POINT", "ST_GeomFromText('POINT(-1.5 -2.25)')",
                    "ST_GeomFromText('POINT(1e10 -1e-10)')", "NULL", "ST_GeomFromText('POINT(3 4)', 4326)",
                    "ST_GeomFromText('POINT(0 0)')"));

    private TypesTable() {
    }

    static String createTable() {
        List<String> definitions = new ArrayList<>(List.of("id INT NOT NULL PRIMARY KEY"));
        COLUMNS.forEach(c -> definitions.add(c.name() + " " + c.type()));
        definitions.add("c_generated BIGINT AS (c_int + 1) STORED");
        return "CREATE TABLE " + QUALIFIED + " (" + String.join(", ", definitions)
                + ") DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci";
    }

    /** Rows 1-6: minimums, maximums, all NULL, zeros, ordinary values, fractions. */
    static List<String> snapshotRows() {
        List<String> rows = new ArrayList<>();
        rows.add(PERMISSIVE);
        rows.add(row(1, 0));
        rows.add(row(2, 1));
        rows.add("INSERT INTO " + QUALIFIED + " (id) VALUES (3)");
        rows.add(row(4, 2));
        rows.add(row(5, 3));
        rows.add(row(6, 4));
        return rows;
    }

    /** Changes streamed after the snapshot: inserts copying every row, updates, a key change, deletes. */
    static List<String> binlogChanges() {
        String columns = String.join(", ", COLUMNS.stream().map(Column::name).toList());
        return List.of(PERMISSIVE,
                "INSERT INTO " + QUALIFIED + " (id, " + columns + ") SELECT id + 10, " + columns + " FROM "
                        + QUALIFIED + " ORDER BY id",
                "UPDATE " + QUALIFIED + " SET c_varchar = CONCAT(c_varchar, '!'), c_int_u = 7,"
                        + " c_time6 = '-00:00:00.000001', c_bit64 = b'1', c_json = '{\"k\": 1}' WHERE id IN (11, 12, 13)",
                "UPDATE " + QUALIFIED + " SET c_timestamp6 = '2001-02-03 04:05:06.7', c_point = NULL WHERE id = 4",
                "UPDATE " + QUALIFIED + " SET id = 21 WHERE id = 15",
                "DELETE FROM " + QUALIFIED + " WHERE id IN (14, 16)");
    }

    private static String row(int id, int valueIndex) {
        String columns = String.join(", ", COLUMNS.stream().map(Column::name).toList());
        String values = String.join(", ", COLUMNS.stream().map(c -> c.values()[valueIndex]).toList());
        return "INSERT INTO " + QUALIFIED + " (id, " + columns + ") VALUES (" + id + ", " + values + ")";
    }
}
