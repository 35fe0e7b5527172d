package io.dtle.sink.sql;

import io.dtle.sink.table.TableName;
import io.dtle.sink.table.TargetTables;
import io.dtle.testing.LocalMySqlServer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;

/**
 * Prints rows/s of 1000-row INSERT and upsert batches into a local MySQL 8.0.33 (one commit per batch), and
 * compares composite-key DELETE as a row-constructor IN list with an OR list. Not a test: run its main.
 * Arguments: total rows (default 200000), then extra JDBC URL properties (e.g. cachePrepStmts=true).
 */
public final class RowWriterBenchmark {

    private static final int BATCH = 1000;
    private static final Schema ROW = SchemaBuilder.struct().name("bench.db.t.Value")
            .field("id", Schema.INT64_SCHEMA)
            .field("account", Schema.INT32_SCHEMA)
            .field("name", Schema.OPTIONAL_STRING_SCHEMA)
            .field("amount", Decimal.builder(2).optional().build())
            .field("created", SchemaBuilder.int64().name("io.debezium.time.MicroTimestamp").optional().build())
            .field("score", Schema.OPTIONAL_FLOAT64_SCHEMA)
            .build();

    private RowWriterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        String extra = args.length > 1 ? "&" + args[1] : "";
        try (LocalMySqlServer mysql = LocalMySqlServer.mysql()) {
            mysql.execute("CREATE DATABASE bench", "CREATE TABLE bench.t (id BIGINT PRIMARY KEY, account INT NOT NULL,"
                    + " name VARCHAR(64), amount DECIMAL(12,2), created DATETIME(6), score DOUBLE)",
                    "CREATE TABLE bench.pairs (a INT, b INT, PRIMARY KEY (a, b))");
            try (Connection connection = DriverManager.getConnection(mysql.jdbcUrl() + extra, "root", "")) {
                connection.setAutoCommit(false);
                RowWriter writer = RowWriter.create(ROW, new TargetTables().get(connection, TableName.of("bench", "t")),
                        ColumnMapping.identity(), ServerDialect.detect(connection));
                List<List<Struct>> batches = batches(total);
                run("warm-up insert", connection, writer, batches.subList(0, Math.min(20, batches.size())), false);
                connection.createStatement().execute("TRUNCATE bench.t");
                for (int round = 1; round <= 2; round++) {
                    run("INSERT, round " + round, connection, writer, batches, false);
                    run("upsert (every row exists)", connection, writer, batches, true);
                    connection.createStatement().execute("TRUNCATE bench.t");
                    run("upsert (new rows)", connection, writer, batches, true);
                    connection.createStatement().execute("TRUNCATE bench.t");
                }
                compareDeletes(connection);
            }
        }
    }

    private static List<List<Struct>> batches(int total) {
        List<List<Struct>> batches = new ArrayList<>();
        for (int from = 0; from < total; from += BATCH) {
            List<Struct> batch = new ArrayList<>(BATCH);
            for (int id = from; id < Math.min(total, from + BATCH); id++) {
                batch.add(new Struct(ROW).put("id", (long) id).put("account", id % 977).put("name", "customer " + id)
                        .put("amount", BigDecimal.valueOf(id, 2)).put("created", 1_700_000_000_000_000L + id * 1_000L)
                        .put("score", id / 7.0));
            }
            batches.add(batch);
        }
        return batches;
    }

    private static void run(String what, Connection connection, RowWriter writer, List<List<Struct>> batches,
            boolean upsert) throws Exception {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long rows = 0;
        for (List<Struct> batch : batches) {
            rows += upsert ? writer.upsert(connection, batch) : writer.insert(connection, batch);
            connection.commit();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        // On a shared, loaded machine wall time mixes in other work; the writer thread's own CPU time bounds
        // what the client side (conversion, binding, Connector/J) could do on one core.
        System.out.printf("%-28s %,9d rows in %6.2f s: %,10.0f rows/s; client CPU %.2f us/row (%,.0f rows/s)%n",
                what, rows, seconds, rows / seconds, cpuSeconds * 1e6 / rows, rows / cpuSeconds);
    }

    /** Deletes 1000-row sets from a two-column key both ways, 50 times each, and prints the time per statement. */
    private static void compareDeletes(Connection connection) throws Exception {
        int rounds = 50;
        for (String form : List.of("IN", "OR", "IN", "OR")) {
            long nanos = 0;
            for (int round = 0; round < rounds; round++) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bench.pairs VALUES "
                        + String.join(",", java.util.Collections.nCopies(BATCH, "(?,?)")))) {
                    for (int i = 0; i < BATCH; i++) {
                        insert.setInt(2 * i + 1, i % 100);
                        insert.setInt(2 * i + 2, i);
                    }
                    insert.executeUpdate();
                }
                String where = form.equals("IN")
                        ? "(a,b) IN (" + String.join(",", java.util.Collections.nCopies(BATCH, "(?,?)")) + ")"
                        : String.join(" OR ", java.util.Collections.nCopies(BATCH, "(a=? AND b=?)"));
                long start = System.nanoTime();
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM bench.pairs WHERE " + where)) {
                    for (int i = 0; i < BATCH; i++) {
                        delete.setInt(2 * i + 1, i % 100);
                        delete.setInt(2 * i + 2, i);
                    }
                    if (delete.executeUpdate() != BATCH) {
                        throw new IllegalStateException("deleted the wrong number of rows");
                    }
                }
                connection.commit();
                nanos += System.nanoTime() - start;
            }
            System.out.printf("DELETE 1000 rows by (a,b) %s list: %.2f ms per statement%n", form, nanos / 1e6 / rounds);
        }
    }
}
