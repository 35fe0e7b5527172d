package io.dtle.smt.e2e;

import io.dtle.common.gtid.Gtid;
import io.dtle.common.gtid.GtidSet;
import io.dtle.testing.LocalMySqlServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server's binlog read back as transactions (SHOW BINLOG EVENTS): each GTID with the tables its row events touch
 * and its statements. It tells the transactions a client made on the server (its origin transactions) from those
 * a dtle sink applied there, which write the bookkeeping table or carry the DDL origin marker.
 */
final class BinlogTransactions {
    private static final Pattern GTID = Pattern.compile("GTID_NEXT\\s*=\\s*'([0-9a-fA-F-]{36}):(\\d+)'");
    private static final Pattern TABLE_MAP = Pattern.compile("\\(([^()]+)\\)\\s*$");

    private BinlogTransactions() {
    }

    record Transaction(String uuid, long gno, List<String> tables, List<String> statements) {
        boolean appliedByDtle() {
            return tables.stream().anyMatch(t -> t.startsWith("dtle."))
                    || statements.stream().anyMatch(s -> s.contains("/*dtle:origin="));
        }

        /** Whether it changes rows of {@code database} or is a statement (DDL) naming it. */
        boolean touches(String database) {
            String prefix = database.toLowerCase(Locale.ROOT) + ".";
            return tables.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).startsWith(prefix))
                    || statements.stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(prefix));
        }
    }

    /** Every transaction in the server's binlogs, in binlog order. */
    static List<Transaction> read(LocalMySqlServer server) {
        List<Transaction> transactions = new ArrayList<>();
        try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
            for (String file : binlogFiles(statement)) {
                readFile(statement, file, transactions);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the binlog of " + server + ": " + e.getMessage(), e);
        }
        return transactions;
    }

    /**
     * The transaction numbers of the server's own transactions not in {@code before} that a client, not a dtle
     * sink, made in {@code database}.
     */
    static List<Long> originTransactions(LocalMySqlServer server, UUID serverUuid, GtidSet before, String database) {
        return read(server).stream()
                .filter(t -> UUID.fromString(t.uuid()).equals(serverUuid))
                .filter(t -> !before.contains(Gtid.of(serverUuid, t.gno())))
                .filter(t -> !t.appliedByDtle() && t.touches(database))
                .map(Transaction::gno).toList();
    }

    private static List<String> binlogFiles(Statement statement) throws SQLException {
        List<String> files = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SHOW BINARY LOGS")) {
            while (rows.next()) {
                files.add(rows.getString(1));
            }
        }
        return files;
    }

    private static void readFile(Statement statement, String file, List<Transaction> transactions)
            throws SQLException {
        try (ResultSet events = statement.executeQuery("SHOW BINLOG EVENTS IN '" + file + "'")) {
            Transaction current = null;
            while (events.next()) {
                String type = events.getString("Event_type");
                String info = events.getString("Info");
                if (type.equals("Gtid")) {
                    Matcher gtid = GTID.matcher(info);
                    if (!gtid.find()) {
                        throw new IllegalStateException("unexpected GTID event in " + file + ": " + info);
                    }
                    current = new Transaction(gtid.group(1), Long.parseLong(gtid.group(2)), new ArrayList<>(),
                            new ArrayList<>());
                    transactions.add(current);
                } else if (current != null && type.equals("Table_map")) {
                    Matcher table = TABLE_MAP.matcher(info);
                    if (table.find()) {
                        current.tables().add(table.group(1));
                    }
                } else if (current != null && type.equals("Query") && !info.equals("BEGIN")
                        && !info.equals("COMMIT")) {
                    current.statements().add(info);
                }
            }
        }
    }
}
