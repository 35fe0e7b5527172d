package io.dtle.sink.parallel;

import io.dtle.testing.LocalMySqlServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the order in which a server committed rows into one table from its binlog: with binlog_order_commits (the
 * default) binlog order is InnoDB commit order, unlike an auto-increment value, which is taken at insert time.
 */
public final class BinlogCommitOrder {
    private static final String COLUMN_PREFIX = "###   @";

    private BinlogCommitOrder() {
    }

    /** The first column ({@code @1}) of each row inserted into {@code db.table}, in binlog order. */
    static List<Long> insertedFirstColumns(LocalMySqlServer server, String db, String table)
            throws IOException, InterruptedException {
        return insertedRows(server, db, table).stream().map(row -> Long.parseLong(row.get(0))).toList();
    }

    /**
     * Each row inserted into {@code db.table}, in binlog order: its column values as mysqlbinlog prints them
     * ({@code @1}, {@code @2}... in order; strings quoted, e.g. {@code '17'}).
     */
    public static List<List<String>> insertedRows(LocalMySqlServer server, String db, String table)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(server.tool("mysqlbinlog").toString(),
                "--read-from-remote-server", "--host=127.0.0.1", "--port=" + server.port(), "--user=root",
                "--base64-output=DECODE-ROWS", "--verbose", "--to-last-log", firstBinlog(server));
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String insertMarker = "### INSERT INTO `" + db + "`.`" + table + "`";
        List<List<String>> rows = new ArrayList<>();
        List<String> head = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> row = null;
            String line;
            while ((line = reader.readLine()) != null) {
                if (head.size() < 20) {
                    head.add(line);
                }
                if (line.equals(insertMarker)) {
                    row = new ArrayList<>();
                    rows.add(row);
                } else if (row != null && line.startsWith(COLUMN_PREFIX)) {
                    row.add(line.substring(line.indexOf('=') + 1).trim());
                } else if (!line.equals("### SET")) {
                    row = null;
                }
            }
        }
        if (process.waitFor() != 0) {
            throw new IOException("mysqlbinlog failed: " + String.join("\n", head));
        }
        return rows;
    }

    private static String firstBinlog(LocalMySqlServer server) {
        try (var connection = server.connect(); var statement = connection.createStatement();
                var rows = statement.executeQuery("SHOW BINARY LOGS")) {
            if (!rows.next()) {
                throw new IllegalStateException("no binary log on " + server);
            }
            return rows.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
