package io.dtle.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

/**
 * One login to a server that was just launched, bounded in time. Without timeouts the driver waits forever for the
 * server's greeting when another process holds the port and accepts without answering, and a test hangs instead of
 * failing with the server's error log.
 */
final class ConnectionProbe {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(5);

    private ConnectionProbe() {
    }

    /** Logs in as root and out again; throws when the server does not answer within the timeouts. */
    static void login(String host, int port) throws SQLException {
        String url = "jdbc:mysql://" + host + ":" + port + "/?sslMode=DISABLED&allowPublicKeyRetrieval=true"
                + "&connectTimeout=" + CONNECT_TIMEOUT.toMillis() + "&socketTimeout=" + READ_TIMEOUT.toMillis();
        try (Connection ignored = DriverManager.getConnection(url, "root", "")) {
            // a completed login is all the probe asks
        }
    }
}
