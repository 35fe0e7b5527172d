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
final class BinlogCommitOrder {
    private BinlogCommitOrder() {
    }

    /** The first column ({@code @1}) of each row inserted into {@code db.table}, in binlog order. */
    static List<Long> insertedFirstColumns(LocalMySqlServer server, String db, String table)
            throws IOException, InterruptedException {
        String firstLog = firstBinlog(server);
        ProcessBuilder builder = new ProcessBuilder(server.tool("mysqlbinlog").toString(),
                "--read-from-remote-server", "--host=127.0.0.1", "--port=" + server.port(), "--user=root",
                "--base64-output=DECODE-ROWS", "--verbose", "--to-last-log", firstLog);
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String insertMarker = "### INSERT INTO `" + db + "`.`" + table + "`";
        List<Long> values = new ArrayList<>();
        List<String> head = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            boolean inInsert = false;
            String line;
            while ((line = reader.readLine()) != null) {
                if (head.size() < 20) {
                    head.add(line);
                }
                if (line.startsWith("### ")) {
                    if (line.equals(insertMarker)) {
                        inInsert = true;
                    } else if (inInsert && line.startsWith("###   @1=")) {
                        values.add(Long.parseLong(line.substring("###   @1=".length()).trim()));
                        inInsert = false;
                    } else if (line.startsWith("### INSERT") || line.startsWith("### UPDATE")
                            || line.startsWith("### DELETE")) {
                        inInsert = false;
                    }
                }
            }
        }
        if (process.waitFor() != 0) {
            throw new IOException("mysqlbinlog failed: " + String.join("\n", head));
        }
        return values;
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
