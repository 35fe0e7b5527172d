package io.dtle.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The comparer's edge cases: no primary key, duplicates, missing tables and columns, MySQL against MariaDB. */
class TableComparerIT {
    @AutoClose
    private static LocalMySqlServer left;
    @AutoClose
    private static LocalMySqlServer right;

    @BeforeAll
    static void start() {
        left = LocalMySqlServer.mysql();
        right = LocalMySqlServer.mariaDb();
    }

    private static void onBoth(String... statements) {
        left.execute(statements);
        right.execute(statements);
    }

    @Test
    void tablesWithoutPrimaryKeyAreComparedAsMultisets() {
        onBoth("CREATE DATABASE nopk", "CREATE TABLE nopk.log (a INT, b VARCHAR(10))",
                "INSERT INTO nopk.log VALUES (1, 'x'), (1, 'x'), (2, NULL)");
        assertThat(TableComparer.between(left, right).schemas("nopk").compare().equal()).isTrue();

        right.execute("DELETE FROM nopk.log WHERE a = 1 LIMIT 1");
        TableComparison log = TableComparer.between(left, right).schemas("nopk").compare().table("nopk.log");

        assertThat(log.equal()).isFalse();
        assertThat(log.differences()).singleElement().satisfies(d -> {
            assertThat(d.key()).isEqualTo("(a=1, b=x)");
            assertThat(d.right()).isNull();
        });
    }

    @Test
    void leftWhereComparesOnlyTheLeftRowsThatSatisfyTheCondition() {
        left.execute("CREATE DATABASE part", "CREATE TABLE part.t (a INT PRIMARY KEY, b VARCHAR(10))",
                "INSERT INTO part.t VALUES (1, 'x'), (4, 'y'), (5, 'z'), (9, NULL)");
        right.execute("CREATE DATABASE part", "CREATE TABLE part.t (a INT PRIMARY KEY, b VARCHAR(10))",
                "INSERT INTO part.t VALUES (1, 'x'), (4, 'y')");

        assertThat(TableComparer.between(left, right).tables("part.t").leftWhere("part.t", "a < 5").compare().equal())
                .isTrue();
        assertThat(TableComparer.between(left, right).tables("part.t").compare().equal()).isFalse();
        TableComparison other = TableComparer.between(left, right).tables("part.t").leftWhere("part.t", "a >= 5")
                .compare().table("part.t");
        assertThat(other.equal()).isFalse();
        assertThat(other.left().rows()).isEqualTo(2);
        assertThat(other.differences()).hasSize(4);
    }

    @Test
    void aTableOrColumnOnOneSideOnlyIsADifference() {
        onBoth("CREATE DATABASE shape", "CREATE TABLE shape.t (id INT PRIMARY KEY, v INT)", "INSERT INTO shape.t VALUES (1, 1)");
        left.execute("CREATE TABLE shape.extra (id INT PRIMARY KEY)");
        right.execute("ALTER TABLE shape.t ADD COLUMN w INT");

        ComparisonReport report = TableComparer.between(left, right).schemas("shape").compare();

        assertThat(report.table("shape.extra").right().exists()).isFalse();
        assertThat(report.table("shape.t").differences()).singleElement()
                .satisfies(d -> assertThat(d.left()).contains("w=(no such column)"));
        assertThatThrownBy(() -> TableComparer.between(left, right).schemas("shape").assertEqual())
                .isInstanceOf(AssertionError.class).hasMessageContaining("shape.extra: DIFFERENT");
    }

    @Test
    void aTableIsComparedWithARenamedTableOnTheOtherSideOrOnTheSameServer() {
        left.execute("CREATE DATABASE src", "CREATE TABLE src.t (id INT PRIMARY KEY, v INT)",
                "INSERT INTO src.t VALUES (1, 10), (2, 20)");
        right.execute("CREATE DATABASE dst", "CREATE TABLE dst.t_2020 (id INT PRIMARY KEY, v INT)",
                "INSERT INTO dst.t_2020 VALUES (1, 10), (2, 20)");
        assertThat(TableComparer.between(left, right).table("src.t", "dst.t_2020").assertEqual()
                .table("src.t -> dst.t_2020").left().rows()).isEqualTo(2);

        left.execute("CREATE TABLE src.copy LIKE src.t", "INSERT INTO src.copy VALUES (1, 10), (2, 21)");
        TableComparison sameServer = TableComparer.between(left, left).table("src.t", "src.copy").compare()
                .table("src.t -> src.copy");
        assertThat(sameServer.differences()).singleElement().satisfies(d -> assertThat(d.key()).isEqualTo("id=2"));
    }

    @Test
    void columnOrderDoesNotMatterAndValuesOfManyTypesCompareEqualAcrossServerFamilies() {
        left.execute("CREATE DATABASE types", "CREATE TABLE types.t (id INT PRIMARY KEY, s VARCHAR(20) CHARACTER SET utf8mb4,"
                + " d DATE, n DECIMAL(20,6), b VARBINARY(8))");
        right.execute("CREATE DATABASE types", "CREATE TABLE types.t (b VARBINARY(8), n DECIMAL(20,6), d DATE,"
                + " s VARCHAR(20) CHARACTER SET utf8mb4, id INT PRIMARY KEY)");
        String insert = "INSERT INTO types.t (id, s, d, n, b) VALUES (1, 'emoji \uD83D\uDE00', '2024-02-29', -12.5, x'0001ff'),"
                + " (2, NULL, NULL, NULL, NULL)";
        onBoth(insert);

        assertThat(TableComparer.between(left, right).tables("types.t").assertEqual().table("types.t").left().rows())
                .isEqualTo(2);
    }

    @Test
    void manyRowsAreStreamedAndOnlyTheFirstDifferencesShown() {
        String fill = "INSERT INTO big.t WITH RECURSIVE seq (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 20000)"
                + " SELECT n, n * 2 FROM seq";
        onBoth("CREATE DATABASE big", "CREATE TABLE big.t (id INT PRIMARY KEY, v INT)");
        left.execute("SET SESSION cte_max_recursion_depth = 100000", fill);
        right.execute("SET SESSION max_recursive_iterations = 100000", fill);
        right.execute("UPDATE big.t SET v = 0 WHERE id % 1000 = 0");

        TableComparison t = TableComparer.between(left, right).tables("big.t").compare().table("big.t");

        assertThat(t.left().rows()).isEqualTo(20000);
        assertThat(t.differences()).hasSize(TableComparer.DIFFERENCES_SHOWN);
        assertThat(t.differences().get(0).key()).isEqualTo("id=1000");
        assertThat(t.differences().get(9).key()).isEqualTo("id=10000");
    }
}
