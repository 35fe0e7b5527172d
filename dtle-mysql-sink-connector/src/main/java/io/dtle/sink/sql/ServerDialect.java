package io.dtle.sink.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What of the target server's SQL the row statements depend on. MySQL 8.0.19 and later spell "the value
 * this INSERT proposed" in ON DUPLICATE KEY UPDATE with a row alias ({@code AS new ... a = new.a}) and
 * deprecate {@code VALUES(a)}, which older MySQL and every MariaDB need. MySQL has a JSON type that
 * compares with text only after a CAST; MariaDB's JSON is text.
 */
public enum ServerDialect {
    /** MySQL 8.0.19 or later. */
    MYSQL(true, true),
    /** MySQL before 8.0.19. */
    MYSQL_BEFORE_8_0_19(false, true),
    MARIADB(false, false);

    private static final Pattern VERSION = Pattern.compile("^(\\d+)\\.(\\d+)\\.(\\d+)");

    private final boolean rowAlias;
    private final boolean jsonType;

    ServerDialect(boolean rowAlias, boolean jsonType) {
        this.rowAlias = rowAlias;
        this.jsonType = jsonType;
    }

    /** Asks the server once; callers keep the answer for the target. */
    public static ServerDialect detect(Connection connection) throws SQLException {
        return ofVersion(connection.getMetaData().getDatabaseProductVersion());
    }

    /** The dialect of a server whose {@code VERSION()} is {@code version}, e.g. {@code 8.0.33} or {@code 10.11.6-MariaDB}. */
    public static ServerDialect ofVersion(String version) {
        if (version.contains("MariaDB")) {
            return MARIADB;
        }
        Matcher matcher = VERSION.matcher(version);
        if (!matcher.find()) {
            throw new IllegalArgumentException("Cannot read the target server's version \"" + version + "\"");
        }
        int major = Integer.parseInt(matcher.group(1));
        int minor = Integer.parseInt(matcher.group(2));
        int patch = Integer.parseInt(matcher.group(3));
        return major > 8 || major == 8 && (minor > 0 || patch >= 19) ? MYSQL : MYSQL_BEFORE_8_0_19;
    }

    public boolean usesRowAlias() {
        return rowAlias;
    }

    public boolean hasJsonType() {
        return jsonType;
    }
}
