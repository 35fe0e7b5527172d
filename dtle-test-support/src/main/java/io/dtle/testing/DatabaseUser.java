package io.dtle.testing;

import java.util.List;

/**
 * An account a test server creates at start, e.g. a cloud-like replication user with only
 * {@code SELECT, REPLICATION CLIENT, REPLICATION SLAVE}. Each grant is {@code "PRIVS"} (on *.*) or
 * {@code "PRIVS ON target"}, exactly as in a GRANT statement.
 */
public record DatabaseUser(String name, String password, List<String> grants) {
    public DatabaseUser {
        grants = List.copyOf(grants);
    }

    public static DatabaseUser of(String name, String password, String... grants) {
        return new DatabaseUser(name, password, List.of(grants));
    }

    List<String> createStatements() {
        String account = "'" + name + "'@'%'";
        List<String> statements = new java.util.ArrayList<>();
        statements.add("CREATE USER " + account + " IDENTIFIED BY '" + password.replace("'", "''") + "'");
        for (String grant : grants) {
            String clause = grant.toUpperCase(java.util.Locale.ROOT).contains(" ON ") ? grant : grant + " ON *.*";
            statements.add("GRANT " + clause + " TO " + account);
        }
        return statements;
    }
}
