package io.dtle.source.check;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The server's current binlog file, position and executed GTIDs. MySQL 8.2 added SHOW BINARY LOG
 * STATUS and 8.4 removed SHOW MASTER STATUS; MariaDB keeps SHOW MASTER STATUS and reports its
 * GTID position in @@gtid_binlog_pos.
 *
 * @param gtids MySQL's Executed_Gtid_Set or MariaDB's gtid_binlog_pos; "" when none
 */
public record BinaryLogStatus(String file, long position, String gtids) {

    /** The statement that shows the binlog status on a server whose SELECT VERSION() is {@code version}. */
    public static String statement(String version) {
        if (version.toLowerCase(java.util.Locale.ROOT).contains("mariadb")) {
            return "SHOW MASTER STATUS";
        }
        String[] parts = version.split("[.-]", 3);
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return major > 8 || major == 8 && minor >= 2 ? "SHOW BINARY LOG STATUS" : "SHOW MASTER STATUS";
        } catch (NumberFormatException e) {
            return "SHOW BINARY LOG STATUS";
        }
    }

    /** Reads the status through a connection the caller owns; empty when the binlog is off. */
    public static Optional<BinaryLogStatus> read(Connection connection) throws SQLException {
        return read(ServerSession.of(connection));
    }

    /** Reads the status; empty when the binlog is off. */
    static Optional<BinaryLogStatus> read(ServerSession session) throws SQLException {
        List<Map<String, String>> records = session.records(statement(session.version()));
        if (records.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> record = records.get(0);
        String gtids = session.isMariaDb() ? session.single("SELECT @@GLOBAL.gtid_binlog_pos")
                : record.getOrDefault("Executed_Gtid_Set", "");
        return Optional.of(new BinaryLogStatus(record.get("File"), Long.parseLong(record.get("Position")),
                gtids == null ? "" : gtids.replace("\n", "")));
    }
}
