package io.dtle.common.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WhereExpressionTest {
    private static Row row(Object... columnsAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            values.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return Row.of(values);
    }

    @Test
    void keepsTheTextAsWrittenForTheSnapshotQuery() {
        String text = "a = 1 || b = \"x\" AND c IN (1, 2) AND d MOD 2 = 0";
        assertThat(WhereExpression.parse(text).text()).isEqualTo(text);
        assertThat(WhereExpression.parse(text)).hasToString(text);
    }

    @Test
    void listsTheColumnsItReadsInLowerCase() {
        WhereExpression where = WhereExpression.parse("Status IN ('x','y') AND `Created_At` > '2024-01-01' OR a + A > 1");
        assertThat(where.columns()).containsExactly("a", "created_at", "status");
        assertThat(WhereExpression.parse("1 = 1").columns()).isEmpty();
    }

    @Test
    void checksColumnsAgainstTheTableIgnoringCase() {
        WhereExpression where = WhereExpression.parse("status = 'x' AND Amount > 5");
        where.checkColumns("shop.orders", List.of("ID", "Status", "AMOUNT"));
        assertThatThrownBy(() -> where.checkColumns("shop.orders", List.of("id", "status")))
                .isInstanceOf(WhereException.class)
                .hasMessage("Where condition \"status = 'x' AND Amount > 5\" cannot be used: table shop.orders has no"
                        + " column amount; use one of its columns: id, status.");
    }

    @ParameterizedTest(name = "{0} on a={1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            a < 5                             | 4    | true
            a < 5                             | 5    | false
            a < 5                             | NULL | NULL
            a IS NULL                         | NULL | true
            a >= 5 AND status IN ('x','y')    | 7    | true
            a >= 5 AND status IN ('x','y')    | 4    | false
            status IN ('x','y') AND a >= 5    | 7    | true
            status IN ('x','y') AND a >= 5    | NULL | NULL
            NOT (a >= 5 AND status IN ('x','y')) | NULL | NULL
            name LIKE 'a%'                    | 1    | true
            created_at > '2024-01-01'         | 1    | true
            created_at > '2024-01-01 10:00:01' | 1   | false
            """)
    void evaluatesToTrueFalseOrUnknown(String condition, Long a, Boolean expected) {
        Row row = row("a", a, "status", "Y", "name", "Alice", "created_at", LocalDateTime.of(2024, 1, 1, 10, 0));
        WhereExpression where = WhereExpression.parse(condition);
        assertThat(where.evaluate(row)).isEqualTo(expected);
        assertThat(where.matches(row)).isEqualTo(Boolean.TRUE.equals(expected));
    }

    @Test
    void matchesOnlyWhenTrue() {
        WhereExpression where = WhereExpression.parse("a > 1");
        assertThat(where.matches(row("a", 2))).isTrue();
        assertThat(where.matches(row("a", 1))).isFalse();
        assertThat(where.matches(row("a", null))).isFalse();
        assertThat(where.matches(Row.EMPTY)).isFalse();
        assertThat(WhereExpression.parse("NOT (a > 1)").matches(row("a", null))).isFalse();
    }

    @ParameterizedTest(name = "before a={0}, after a={1} -> {2}")
    @CsvSource(nullValues = "-", textBlock = """
            1, 2, UPDATE
            1, 9, DELETE
            9, 2, INSERT
            9, 8, NONE
            -, 2, INSERT
            -, 9, NONE
            1, -, DELETE
            9, -, NONE
            """)
    void classifiesAChangeByWhetherItsOldAndNewRowsMatch(Long before, Long after, RowChange expected) {
        WhereExpression where = WhereExpression.parse("a < 5");
        Row beforeRow = before == null ? null : row("a", before);
        Row afterRow = after == null ? null : row("a", after);
        assertThat(where.classify(beforeRow, afterRow)).isEqualTo(expected);
    }

    @Test
    void anUpdateToNullLeavesTheFilteredSet() {
        WhereExpression where = WhereExpression.parse("a < 5");
        assertThat(where.classify(row("a", 1), row("a", null))).isEqualTo(RowChange.DELETE);
    }

    @Test
    void readsMySqlOperatorsThatJSqlParserGroupsDifferently() {
        // JSqlParser 5.3 issue #2244: an IN list followed by AND swallowed the rest of the condition.
        assertThat(WhereExpression.parse("s IN ('x') AND a = 1").evaluate(row("s", "x", "a", 2))).isFalse();
        assertThat(WhereExpression.parse("a = 1 || a = 2").matches(row("a", 2))).isTrue();
        assertThat(WhereExpression.parse("a = 1 && b = 2").matches(row("a", 1, "b", 2))).isTrue();
        assertThat(WhereExpression.parse("a MOD 3 = 1").matches(row("a", 7))).isTrue();
        assertThat(WhereExpression.parse("1 XOR 1 OR 1").matches(Row.EMPTY)).isTrue();
        assertThat(WhereExpression.parse("!a = 0").matches(row("a", 5))).isTrue();
        assertThat(WhereExpression.parse("s = \"it's\"").matches(row("s", "IT'S"))).isTrue();
    }

    @Test
    void comparesStringsUnderTheChosenCollation() {
        Row row = row("s", "Abc");
        assertThat(WhereExpression.parse("s = 'abc'").matches(row)).isTrue();
        assertThat(WhereExpression.parse("s LIKE 'a%'").matches(row)).isTrue();
        WhereExpression binary = WhereExpression.parse("s = 'abc' OR s LIKE 'a%'", Collation.UTF8MB4_0900_BIN);
        assertThat(binary.collation()).isEqualTo(Collation.UTF8MB4_0900_BIN);
        assertThat(binary.matches(row)).isFalse();
        assertThat(WhereExpression.parse("s = 'Abc'", Collation.UTF8MB4_0900_BIN).matches(row)).isTrue();
    }

    @Test
    void isSharedSafelyBetweenThreads() throws Exception {
        WhereExpression where = WhereExpression.parse("a >= 5 AND status IN ('x','y') AND name LIKE 'a%'");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = pool.invokeAll(List.of(() -> count(where), () -> count(where),
                    () -> count(where), () -> count(where)));
            for (Future<Integer> result : results) {
                assertThat(result.get()).isEqualTo(2000);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static int count(WhereExpression where) {
        int matches = 0;
        for (int i = 0; i < 10_000; i++) {
            if (where.matches(row("a", i % 10, "status", i % 2 == 0 ? "X" : "z", "name", "ab"))) {
                matches++;
            }
        }
        return matches;
    }
}
