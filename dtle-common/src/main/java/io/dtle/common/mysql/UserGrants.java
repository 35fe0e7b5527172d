package io.dtle.common.mysql;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The privileges of the logged-in user, as SHOW GRANTS lists them. On MySQL 8 a granted role counts only when it is
 * active, so the active roles are expanded ({@code USING}); MySQL 5.7 has no roles (nor CURRENT_ROLE()), and
 * MariaDB's SHOW GRANTS already lists the active role's privileges.
 */
public final class UserGrants {
    private UserGrants() {
    }

    public static GrantSet read(Connection connection) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(showGrantsStatement(connection))) {
            while (result.next()) {
                lines.add(result.getString(1));
            }
        }
        return GrantSet.parse(lines);
    }

    static String showGrantsStatement(Connection connection) throws SQLException {
        DatabaseMetaData server = connection.getMetaData();
        boolean mariaDb = server.getDatabaseProductVersion().toLowerCase(Locale.ROOT).contains("mariadb");
        if (mariaDb || server.getDatabaseMajorVersion() < 8) {
            return "SHOW GRANTS";
        }
        String active;
        try (Statement statement = connection.createStatement();
             ResultSet role = statement.executeQuery("SELECT CURRENT_ROLE()")) {
            role.next();
            active = role.getString(1);
        }
        return active == null || active.equalsIgnoreCase("NONE") ? "SHOW GRANTS FOR CURRENT_USER()"
                : "SHOW GRANTS FOR CURRENT_USER() USING " + active;
    }
}
