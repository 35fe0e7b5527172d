package io.dtle.source.task;

import io.dtle.testing.LocalMySqlServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;

/**
 * Writes numbered source transactions into {@code <db>.t1..t3 (id, tx, v)}: each 1..200 rows spread over the three
 * tables, some of {@link #BIG_ROWS} rows in one statement. Every row carries its transaction's number in {@code tx},
 * so a test can count each transaction's records. The sizes follow a fixed seed and are known before writing.
 */
final class TransactionWriter {
    static final int TABLES = 3;
    static final int BIG_ROWS = 20_000;

    private final LocalMySqlServer mysql;
    private final String database;
    private final int[] sizes;
    private long nextId = 1;

    TransactionWriter(LocalMySqlServer mysql, String database, int transactions, int... bigOnes) {
        this.mysql = mysql;
        this.database = database;
        this.sizes = new int[transactions];
        Random random = new Random(20260618L);
        for (int tx = 0; tx < transactions; tx++) {
            sizes[tx] = 1 + random.nextInt(200);
        }
        for (int big : bigOnes) {
            sizes[big] = BIG_ROWS;
        }
    }

    void createTables() {
        for (int table = 1; table <= TABLES; table++) {
            mysql.execute("CREATE TABLE " + database + ".t" + table
                    + " (id BIGINT PRIMARY KEY, tx INT NOT NULL, v VARCHAR(40))");
        }
    }

    /** Rows written in each transaction, by transaction number. */
    int[] sizes() {
        return sizes.clone();
    }

    long totalRows() {
        long total = 0;
        for (int size : sizes) {
            total += size;
        }
        return total;
    }

    void writeAll() {
        for (int tx = 0; tx < sizes.length; tx++) {
            List<String> statements = new ArrayList<>();
            statements.add("BEGIN");
            statements.addAll(sizes[tx] == BIG_ROWS ? big(tx) : small(tx));
            statements.add("COMMIT");
            mysql.execute(statements.toArray(String[]::new));
        }
    }

    /** One INSERT per table, the rows dealt round-robin so a transaction touches several tables. */
    private List<String> small(int tx) {
        List<String> statements = new ArrayList<>();
        for (int table = 1; table <= TABLES && table <= sizes[tx]; table++) {
            StringJoiner values = new StringJoiner(", ");
            for (int row = table - 1; row < sizes[tx]; row += TABLES) {
                values.add("(" + (nextId + row) + ", " + tx + ", 'r" + row + "')");
            }
            statements.add("INSERT INTO " + database + ".t" + table + " VALUES " + values);
        }
        nextId += sizes[tx];
        return statements;
    }

    private List<String> big(int tx) {
        String table = database + ".t" + (1 + tx % TABLES);
        List<String> statements = List.of("SET SESSION cte_max_recursion_depth = " + (BIG_ROWS + 1),
                "INSERT INTO " + table + " WITH RECURSIVE seq(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n < "
                        + (BIG_ROWS - 1) + ") SELECT " + nextId + " + n, " + tx + ", CONCAT('big', n) FROM seq");
        nextId += BIG_ROWS;
        return statements;
    }
}
