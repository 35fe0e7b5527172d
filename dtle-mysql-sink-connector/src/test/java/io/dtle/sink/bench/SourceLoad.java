package io.dtle.sink.bench;

import io.dtle.testing.LocalMySqlServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Writes a workload's rows on the source: id INT PK, k INT, c CHAR(120), pad CHAR(60), as sysbench's table. */
public final class SourceLoad {
    private static final int BULK_ROWS = 100_000;

    private SourceLoad() {
    }

    /** Creates the workload's database and table, then writes its rows; returns the seconds the rows took. */
    public static double run(LocalMySqlServer mysql, Workload workload) throws SQLException {
        mysql.execute("CREATE DATABASE " + workload.database(), "CREATE TABLE " + workload.table()
                + " (id INT NOT NULL PRIMARY KEY, k INT NOT NULL DEFAULT 0, c CHAR(120) NOT NULL DEFAULT '', "
                + "pad CHAR(60) NOT NULL DEFAULT '')");
        int step = workload.isFullCopy() ? BULK_ROWS : workload.rowsPerTransaction();
        long start = System.nanoTime();
        try (Connection connection = mysql.connect();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO " + workload.table()
                     + " WITH RECURSIVE seq(n) AS (SELECT ? UNION ALL SELECT n + 1 FROM seq WHERE n < ?) "
                     + "SELECT n, n % " + workload.kValues() + ", LEFT(REPEAT(MD5(n), 4), 119), LEFT(REPEAT(MD5(n + 1), 2), 59) "
                     + "FROM seq")) {
            connection.createStatement().execute("SET SESSION cte_max_recursion_depth = " + BULK_ROWS);
            // Autocommit: each statement is one source transaction.
            for (int from = 1; from <= workload.rows(); from += step) {
                insert.setInt(1, from);
                insert.setInt(2, Math.min(workload.rows(), from + step - 1));
                insert.executeUpdate();
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
