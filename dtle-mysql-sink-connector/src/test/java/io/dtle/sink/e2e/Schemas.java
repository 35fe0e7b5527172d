package io.dtle.sink.e2e;

import io.dtle.testing.LocalMySqlServer;

/** Copies table definitions from one server to another, for jobs whose target tables are created up front. */
public final class Schemas {
    private Schemas() {
    }

    public static void copy(LocalMySqlServer from, LocalMySqlServer to, String... tables) {
        for (String table : tables) {
            String database = table.substring(0, table.indexOf('.'));
            String ddl = showCreate(from, table);
            to.execute("CREATE DATABASE IF NOT EXISTS `" + database + "`", "USE `" + database + "`", ddl);
        }
    }

    static String showCreate(LocalMySqlServer server, String table) {
        try (var connection = server.connect(); var statement = connection.createStatement();
             var result = statement.executeQuery("SHOW CREATE TABLE " + table)) {
            result.next();
            return result.getString(2);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
