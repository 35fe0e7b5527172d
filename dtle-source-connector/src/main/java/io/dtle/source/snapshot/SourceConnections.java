package io.dtle.source.snapshot;

import io.dtle.source.DtleSourceConfig;
import io.dtle.source.binlog.BinlogConnectionSettings;
import io.dtle.source.record.SnapshotRowReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** JDBC connections to the source with the Connector/J settings Debezium's snapshot reads values with. */
public final class SourceConnections {
    private SourceConnections() {
    }

    public static Connection open(DtleSourceConfig config) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", config.user());
        properties.setProperty("password", config.password().value());
        properties.setProperty("sslMode", config.sslMode().jdbcSslMode());
        properties.setProperty("allowPublicKeyRetrieval", "true");
        properties.setProperty("connectTimeout", Long.toString(config.connectTimeout().toMillis()));
        String url = "jdbc:mysql://" + config.hostname() + ":" + config.port() + "/?"
                + SnapshotRowReader.JDBC_URL_PROPERTIES;
        return DriverManager.getConnection(url, properties);
    }

    public static BinlogConnectionSettings binlogSettings(DtleSourceConfig config) {
        return new BinlogConnectionSettings(config.hostname(), config.port(), config.user(),
                config.password().value(), config.serverId());
    }
}
