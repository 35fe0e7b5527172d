package io.dtle.source;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;

/** Keys of the "Connection" group: how the connector reaches the source server. */
public final class ConnectionConfigKeys {
    public static final String GROUP = "Connection";

    public static final String HOSTNAME_CONFIG = "database.hostname";
    public static final String HOSTNAME_DOC = "Host name or IP address of the MySQL or MariaDB server to capture.";

    public static final String PORT_CONFIG = "database.port";
    public static final int PORT_DEFAULT = 3306;
    public static final String PORT_DOC = "TCP port the source server listens on for client connections.";

    public static final String USER_CONFIG = "database.user";
    public static final String USER_DOC = "User the connector logs in as. It needs SELECT on the captured tables "
            + "and the global REPLICATION CLIENT and REPLICATION SLAVE privileges (granted directly or through a "
            + "role); no RELOAD, SUPER or LOCK TABLES is needed.";

    public static final String PASSWORD_CONFIG = "database.password";
    public static final String PASSWORD_DOC = "Password of database.user. It is never logged or shown by the REST API.";

    public static final String CHARSET_CONFIG = "database.charset";
    public static final String CHARSET_DEFAULT = "utf8mb4";
    public static final String CHARSET_DOC = "Character set of the connector's session with the server (dtle's "
            + "Charset). Keep utf8mb4 unless the server lacks it; column values are decoded by each column's own "
            + "character set either way.";

    public static final String SSL_MODE_CONFIG = "database.ssl.mode";
    public static final String SSL_MODE_DEFAULT = "preferred";
    public static final String SSL_MODE_DOC = "Whether to use TLS, as in Debezium: 'disabled' uses a plain "
            + "connection, 'preferred' uses TLS when the server offers it, 'required' insists on TLS without "
            + "checking the certificate, 'verify_ca' also checks the certificate against the trusted CAs, and "
            + "'verify_identity' also checks that the certificate names database.hostname. The default, 'preferred', "
            + "is Debezium's.";

    public static final String SERVER_ID_CONFIG = "database.server.id";
    public static final String SERVER_ID_DEFAULT = "";
    public static final String SERVER_ID_DOC = "Server id of the connector's binlog client, from 1 to 4294967295; "
            + "it must differ from the id of every server and other binlog client of the replication topology. "
            + "When empty, the connector derives a stable id in 4000000000-4199999999 from its connector name "
            + "and topic.prefix, so connectors with different names do not clash by default.";

    public static final String CONNECT_TIMEOUT_MS_CONFIG = "connect.timeout.ms";
    public static final int CONNECT_TIMEOUT_MS_DEFAULT = 30_000;
    public static final String CONNECT_TIMEOUT_MS_DOC = "Milliseconds to wait for a connection to the source "
            + "server before giving up; it applies to the start checks, the snapshot and the binlog client.";

    private ConnectionConfigKeys() {
    }

    static void define(ConfigDef def) {
        int order = 0;
        def.define(HOSTNAME_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyStringWithoutControlChars(),
                        Importance.HIGH, HOSTNAME_DOC, GROUP, ++order, Width.LONG, "Hostname")
                .define(PORT_CONFIG, Type.INT, PORT_DEFAULT, ConfigDef.Range.between(1, 65_535),
                        Importance.HIGH, PORT_DOC, GROUP, ++order, Width.SHORT, "Port")
                .define(USER_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(),
                        Importance.HIGH, USER_DOC, GROUP, ++order, Width.MEDIUM, "User")
                .define(PASSWORD_CONFIG, Type.PASSWORD, "", null,
                        Importance.HIGH, PASSWORD_DOC, GROUP, ++order, Width.MEDIUM, "Password")
                .define(CHARSET_CONFIG, Type.STRING, CHARSET_DEFAULT, ConfigValidators.charset(),
                        Importance.LOW, CHARSET_DOC, GROUP, ++order, Width.SHORT, "Character set")
                .define(SSL_MODE_CONFIG, Type.STRING, SSL_MODE_DEFAULT,
                        ConfigValidators.oneOf(SslMode.names()),
                        Importance.MEDIUM, SSL_MODE_DOC, GROUP, ++order, Width.SHORT, "TLS mode")
                .define(SERVER_ID_CONFIG, Type.STRING, SERVER_ID_DEFAULT, ConfigValidators.serverId(),
                        Importance.MEDIUM, SERVER_ID_DOC, GROUP, ++order, Width.MEDIUM, "Binlog client server id")
                .define(CONNECT_TIMEOUT_MS_CONFIG, Type.INT, CONNECT_TIMEOUT_MS_DEFAULT, ConfigDef.Range.atLeast(1),
                        Importance.LOW, CONNECT_TIMEOUT_MS_DOC, GROUP, ++order, Width.SHORT, "Connect timeout (ms)");
    }
}
