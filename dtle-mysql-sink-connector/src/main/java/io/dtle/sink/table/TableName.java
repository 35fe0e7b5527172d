package io.dtle.sink.table;

import io.dtle.common.mysql.MySqlIdentifiers;
import java.util.Objects;

/** A target table: database and table name, checked once and quoted for SQL. */
public record TableName(String database, String table) {

    public TableName {
        MySqlIdentifiers.requireValid(Objects.requireNonNull(database, "database"));
        MySqlIdentifiers.requireValid(Objects.requireNonNull(table, "table"));
    }

    public static TableName of(String database, String table) {
        return new TableName(database, table);
    }

    /** {@code `db`.`table`}, ready for SQL text. */
    public String quoted() {
        return MySqlIdentifiers.quoteQualified(database, table);
    }

    /** {@code db.table}, for messages. */
    @Override
    public String toString() {
        return database + "." + table;
    }
}
