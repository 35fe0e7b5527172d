package io.dtle.source.record;

import java.util.ArrayList;
import java.util.List;

/**
 * The table of every MySQL type of issue 3 ("Types"), its rows with extremes, NULLs and
 * zero dates, and the binlog changes made after Debezium's snapshot.
 */
final class ParityTable {

    static final String DB = "parity";
    static final String TABLE = "all_types";
    static final String QUALIFIED = DB + "." + TABLE;
    /** Zero dates and partial zero dates need a session without NO_ZERO_DATE/NO_ZERO_IN_DATE/strict mode. */
    static final String PERMISSIVE = "SET SESSION sql_mode = ''";

    private ParityTable() {
    }

    static String createTable() {
        List<String> columns = new ArrayList<>(List.of(
                "id INT NOT NULL PRIMARY KEY",
                "c_tinyint TINYINT", "c_tinyint_u TINYINT UNSIGNED",
                "c_smallint SMALLINT", "c_smallint_u SMALLINT UNSIGNED",
                "c_mediumint MEDIUMINT", "c_mediumint_u MEDIUMINT UNSIGNED",
                "c_int INT", "c_int_u INT UNSIGNED",
                "c_bigint BIGINT", "c_bigint_u BIGINT UNSIGNED",
                "c_decimal DECIMAL(65,30)", "c_decimal_small DECIMAL(10,2)",
                "c_float FLOAT", "c_double DOUBLE", "c_date DATE"));
        for (int p = 0; p <= 6; p++) {
            columns.add("c_time" + p + " TIME(" + p + ")");
            columns.add("c_datetime" + p + " DATETIME(" + p + ")");
            columns.add("c_timestamp" + p + " TIMESTAMP(" + p + ") NULL");
        }
        columns.addAll(List.of(
                "c_year YEAR",
                "c_char CHAR(10)", "c_varchar VARCHAR(100)", "c_text TEXT",
                "c_latin1 VARCHAR(50) CHARACTER SET latin1", "c_gbk VARCHAR(50) CHARACTER SET gbk",
                "c_binary BINARY(4)", "c_varbinary VARBINARY(20)", "c_blob BLOB",
                "c_enum ENUM('a','b','c')", "c_set SET('x','y','z')",
                "c_bit1 BIT(1)", "c_bit12 BIT(12)", "c_bit64 BIT(64)",
                "c_json JSON", "c_geometry GEOMETRY", "c_point POINT"));
        return "CREATE TABLE " + QUALIFIED + " (" + String.join(", ", columns) + ") DEFAULT CHARSET=utf8mb4";
    }

    /** Rows 1-5: minimum extremes, maximum extremes, all NULL, zero dates, ordinary values. */
    static List<String> snapshotRows() {
        return List.of(
                row(1, "-128, 0, -32768, 0, -8388608, 0, -2147483648, 0, -9223372036854775808, 0",
                        "-99999999999999999999999999999999999.999999999999999999999999999999, -99999999.99",
                        "-3.40282e38, -1.7976931348623157e308, '1000-01-01'",
                        temporal("'-838:59:59'", "'1000-01-01 00:00:00'", "'1970-01-01 00:00:01'"),
                        "1901, 'a', '😀 emoji ✓', 'text 😀', 'café', '中文', x'00', x'', x'00ff',"
                                + " 'a', '', b'0', b'0', b'0', '{}', ST_GeomFromText('POINT(0 0)'),"
                                + " ST_GeomFromText('POINT(-1.5 -2.25)')"),
                row(2, "127, 255, 32767, 65535, 8388607, 16777215, 2147483647, 4294967295,"
                                + " 9223372036854775807, 18446744073709551615",
                        "99999999999999999999999999999999999.999999999999999999999999999999, 99999999.99",
                        "3.40282e38, 1.7976931348623157e308, '9999-12-31'",
                        temporal("'838:59:59'", "'9999-12-31 23:59:59.999999'", "'2038-01-19 03:14:07.999999'"),
                        "2155, 'zzzzzzzzzz', REPEAT('😀', 100), REPEAT('x', 1000), 'ÿ', '𠀀', x'ffffffff',"
                                + " x'ffffffffffffffffffffffffffffffffffffffff', x'deadbeef', 'c', 'x,y,z',"
                                + " b'1', b'111111111111', b'1111111111111111111111111111111111111111111111111111111111111111',"
                                + " '{\"a\": [1, 2.5, \"x\", null, true], \"b\": {\"c\": \"😀\"}}',"
                                + " ST_GeomFromText('LINESTRING(0 0, 1 1, 2 3)'), ST_GeomFromText('POINT(1e10 -1e-10)')"),
                "INSERT INTO " + QUALIFIED + " (id) VALUES (3)",
                row(4, "0, 0, 0, 0, 0, 0, 0, 0, 0, 0", "0, 0", "0, 0, '0000-00-00'",
                        temporal("'00:00:00'", "'0000-00-00 00:00:00'", "'0000-00-00 00:00:00'"),
                        "0000, '', '', '', '', '', x'', x'', x'', '', '', b'0', b'0', b'0', 'null', NULL, NULL"),
                row(5, "-1, 1, -2, 2, -3, 3, -4, 4, -5, 5", "1.000000000000000000000000000001, 0.01",
                        "1.5, 0.1, '2020-00-15'",
                        temporal("'-01:02:03.456789'", "'2024-02-29 12:34:56.654321'", "'2024-02-29 12:34:56.654321'"),
                        "2024, 'ab', 'tab\\tquote''', 'multi\\nline', 'Ãß', '汉字测试', x'01020304', x'0a0b', x'00',"
                                + " 'b', 'x,z', b'1', b'101010101010', b'1000000000000000000000000000000000000000000000000000000000000001',"
                                + " '[1, \"two\", {\"3\": 4}]', ST_GeomFromText('POLYGON((0 0, 4 0, 4 4, 0 4, 0 0))'),"
                                + " ST_GeomFromText('POINT(3 4)')"),
                row(6, "1, 1, 1, 1, 1, 1, 1, 1, 1, 1", "0.5, 0.5", "1, 1, '2000-02-29'",
                        temporal("'25:30:00.5'", "'2000-02-29 00:00:00.000001'", "'2000-02-29 00:00:00.000001'"),
                        "1970, 'x', 'y', 'z', 'l', 'g', x'61', x'62', x'63', 'a', 'y', b'1', b'1', b'1', '1',"
                                + " ST_GeomFromText('MULTIPOINT((1 1), (2 2))'), ST_GeomFromText('POINT(0 0)')"));
    }

    /** Changes streamed after the snapshot: inserts, updates, a primary-key change, a delete. */
    static List<String> binlogChanges() {
        return List.of(
                "INSERT INTO " + QUALIFIED + " SELECT id + 10, " + nonKeyColumns() + " FROM " + QUALIFIED
                        + " WHERE id <= 6 ORDER BY id",
                "UPDATE " + QUALIFIED + " SET c_varchar = CONCAT(c_varchar, '!'), c_int_u = 7,"
                        + " c_time6 = '-00:00:00.000001' WHERE id IN (11, 12)",
                "UPDATE " + QUALIFIED + " SET id = 21 WHERE id = 15",
                "DELETE FROM " + QUALIFIED + " WHERE id = 13",
                // Mid-stream DDL: columns added, dropped, retyped and moved; with MINIMAL row
                // metadata only the DDL tells which binlog value belongs to which column.
                "ALTER TABLE " + QUALIFIED + " ADD COLUMN c_added VARCHAR(20) DEFAULT 'dflt' AFTER c_int,"
                        + " DROP COLUMN c_float, MODIFY COLUMN c_tinyint SMALLINT AFTER c_year,"
                        + " CHANGE COLUMN c_char c_char2 CHAR(12) FIRST",
                "INSERT INTO " + QUALIFIED + " (id, c_char2, c_tinyint) VALUES (30, 'new', 300)",
                "UPDATE " + QUALIFIED + " SET c_added = 'upd' WHERE id = 12");
    }

    /** Records Debezium emits for {@link #binlogChanges()}: 6 c, 2 u, d+tombstone+c, d+tombstone, c, u. */
    static final int BINLOG_RECORDS = 6 + 2 + 3 + 2 + 2;
    static final int SNAPSHOT_RECORDS = 6;

    private static String nonKeyColumns() {
        String ddl = createTable();
        List<String> names = new ArrayList<>();
        for (String part : ddl.substring(ddl.indexOf('(') + 1).split(", ")) {
            String name = part.trim().split(" ")[0];
            if (name.startsWith("c_")) {
                names.add(name);
            }
        }
        return String.join(", ", names);
    }

    private static String temporal(String time, String datetime, String timestamp) {
        List<String> values = new ArrayList<>();
        for (int p = 0; p <= 6; p++) {
            values.add(time);
            values.add(datetime);
            values.add(timestamp);
        }
        return String.join(", ", values);
    }

    private static String row(int id, String integers, String decimals, String floatsAndDate, String temporals,
            String rest) {
        return "INSERT INTO " + QUALIFIED + " VALUES (" + id + ", " + integers + ", " + decimals + ", "
                + floatsAndDate + ", " + temporals + ", " + rest + ")";
    }
}
