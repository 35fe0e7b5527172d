package io.dtle.source.binlog;

import java.util.Objects;

/**
 * How to reach the server as a replica.
 *
 * @param serverId the replica server id the client presents; unique among the server's replicas
 */
public record BinlogConnectionSettings(String host, int port, String user, String password, long serverId) {
    public BinlogConnectionSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        password = password == null ? "" : password;
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 1-65535, not " + port);
        }
        if (serverId <= 0 || serverId > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("server id must be 1-4294967295, not " + serverId);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mysql://" + host + ":" + port + "/?useSSL=false&allowPublicKeyRetrieval=true"
                + "&connectTimeout=10000&socketTimeout=30000";
    }

    /** Without the password, for logs and messages. */
    @Override
    public String toString() {
        return "user '" + user + "' at " + host + ":" + port + " (server id " + serverId + ")";
    }
}
