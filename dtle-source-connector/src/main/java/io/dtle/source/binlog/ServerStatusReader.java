package io.dtle.source.binlog;

import io.dtle.common.gtid.GtidSet;
import io.dtle.common.gtid.MariaDbGtidPosition;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Reads the server's binlog status over SQL: where its binlog ends now, and what it has purged. */
public final class ServerStatusReader {
    private final BinlogConnectionSettings settings;

    public ServerStatusReader(BinlogConnectionSettings settings) {
        this.settings = settings;
    }

    /**
     * The position after everything the server has logged so far, GTID-based when GTIDs are on. For MySQL the file,
     * position and executed GTID set come from one statement, so they agree with each other.
     */
    public BinlogPosition currentPosition() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            boolean mariaDb = queryString(statement, "SELECT VERSION()").contains("MariaDB");
            String mariaDbGtids = mariaDb ? queryString(statement, "SELECT @@GLOBAL.gtid_binlog_pos") : null;
            boolean gtidOn = !mariaDb && "ON".equalsIgnoreCase(queryString(statement, "SELECT @@GLOBAL.gtid_mode"));
            try (ResultSet status = binlogStatus(statement)) {
                if (!status.next()) {
                    throw new SQLException("The binlog is off on " + settings + ": SHOW MASTER STATUS is empty");
                }
                String file = status.getString("File");
                long pos = status.getLong("Position");
                if (mariaDb) {
                    // MariaDB always logs GTIDs; an empty position is a server that has logged none yet.
                    return BinlogPosition.ofMariaDb(MariaDbGtidPosition.parse(mariaDbGtids)).withBinlog(file, pos);
                }
                return gtidOn
                        ? BinlogPosition.ofGtidSet(GtidSet.parse(status.getString("Executed_Gtid_Set")))
                                .withBinlog(file, pos)
                        : BinlogPosition.ofFile(file, pos);
            }
        }
    }

    /** MySQL's {@code @@gtid_purged}: transactions no longer in any binlog file. */
    public GtidSet gtidPurged() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            return GtidSet.parse(queryString(statement, "SELECT @@GLOBAL.gtid_purged"));
        }
    }

    private static ResultSet binlogStatus(Statement statement) throws SQLException {
        try {
            return statement.executeQuery("SHOW MASTER STATUS");
        } catch (SQLException e) {
            // MySQL 8.4 removed SHOW MASTER STATUS in favour of SHOW BINARY LOG STATUS.
            return statement.executeQuery("SHOW BINARY LOG STATUS");
        }
    }

    private static String queryString(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            String value = result.getString(1);
            return value == null ? "" : value;
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
    }
}
