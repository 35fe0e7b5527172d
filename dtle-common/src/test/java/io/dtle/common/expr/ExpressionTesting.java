package io.dtle.common.expr;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The row the table-driven tests evaluate on, and their table format. The row holds the values of this
 * MySQL 8.0.33 table, as Debezium delivers them; every expected value in the tables is what MySQL returned
 * for {@code SELECT <expression> FROM t} on it (the mysql client's rendering, NULL for NULL):
 *
 * <pre>
 * CREATE TABLE t (i INT, bi BIGINT, ub BIGINT UNSIGNED, d DECIMAL(10,2), f FLOAT, db DOUBLE,
 *   s VARCHAR(50), b VARBINARY(50), dt DATE, dtm DATETIME, ts TIMESTAMP NULL, tm TIME, y YEAR,
 *   e ENUM('x','y','z'), st SET('a','b','c'), bt BIT(8), j JSON, n INT, s2 VARCHAR(50), e2 VARCHAR(10));
 * INSERT INTO t VALUES (5, 9223372036854775807, 18446744073709551615, 1.50, 0.1, 0.1, 'Abc', 'Abc',
 *   '2024-01-01', '2024-01-01 10:00:00', '2024-01-01 10:00:00', '12:30:00', 2024, 'y', 'a,c', b'101',
 *   '{"a": 1}', NULL, 'abc ', '');
 * </pre>
 */
final class ExpressionTesting {
    static final Row ROW = Row.of(values());

    private ExpressionTesting() {
    }

    private static Map<String, Object> values() {
        Map<String, Object> values = new HashMap<>();
        values.put("i", 5);
        values.put("bi", Long.MAX_VALUE);
        values.put("ub", new BigDecimal("18446744073709551615"));
        values.put("d", new BigDecimal("1.50"));
        values.put("f", 0.1f);
        values.put("db", 0.1);
        values.put("s", "Abc");
        values.put("b", "Abc".getBytes(StandardCharsets.UTF_8));
        values.put("dt", LocalDate.of(2024, 1, 1));
        values.put("dtm", LocalDateTime.of(2024, 1, 1, 10, 0));
        values.put("ts", LocalDateTime.of(2024, 1, 1, 10, 0));
        values.put("tm", Duration.ofMinutes(12 * 60 + 30));
        values.put("y", 2024);
        values.put("e", "y");
        values.put("st", "a,c");
        values.put("bt", 5L);
        values.put("j", "{\"a\": 1}");
        values.put("n", null);
        values.put("s2", "abc ");
        values.put("e2", "");
        return values;
    }

    /** The value of {@code expression} on {@link #ROW} as the mysql client shows it. */
    static String value(String expression) {
        Object value = WhereExpression.parse(expression).value(ROW);
        return value == null ? "NULL" : Values.toText(value);
    }

    /**
     * Test cases from lines of the form {@code expression => expected}; blank lines and # comments are
     * skipped. An expected value in double quotes is the text inside them (for '' and surrounding spaces).
     */
    static Stream<Arguments> cases(String table) {
        return table.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> {
                    int arrow = line.lastIndexOf(" => ");
                    String expected = line.substring(arrow + 4);
                    if (expected.length() >= 2 && expected.startsWith("\"") && expected.endsWith("\"")) {
                        expected = expected.substring(1, expected.length() - 1);
                    }
                    return Arguments.of(line.substring(0, arrow).strip(), expected);
                });
    }
}
