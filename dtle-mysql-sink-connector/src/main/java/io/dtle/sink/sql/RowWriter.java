package io.dtle.sink.sql;

import io.dtle.sink.table.TableName;
import io.dtle.sink.table.TargetColumn;
import io.dtle.sink.table.TargetTable;
import io.dtle.sink.table.UniqueKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;

/**
 * Writes rows of one source schema into one target table. Every method runs on the caller's connection
 * inside the caller's transaction and never commits. Rows are the {@code before}/{@code after} structs of
 * Debezium envelopes, all with the schema this writer was made for.
 *
 * <p>Rows are identified by the target's primary key, else by its first unique key of NOT NULL columns.
 * A table with neither is matched on the whole old row with {@code <=>} and {@code LIMIT 1}, leaving out
 * FLOAT/DOUBLE columns (a decimal literal need not equal the stored binary fraction) and geometry columns
 * (no exact equality operator); rows equal in every other column are then indistinguishable anyway.
 */
public final class RowWriter {

    /** MySQL's limit of placeholders in one prepared statement. */
    static final int MAX_PARAMETERS = 65_535;

    private final TableName table;
    private final Schema rowSchema;
    private final MappedColumn[] written;
    private final MappedColumn[] key;
    private final MappedColumn[] compared;
    private final RowStatements statements;
    private final StatementCache cache = new StatementCache();
    private final RowKeys rowKeys;

    private RowWriter(Schema rowSchema, TargetTable target, List<MappedColumn> mapped, ServerDialect dialect) {
        this.table = target.name();
        this.rowSchema = rowSchema;
        this.written = mapped.stream().filter(c -> !c.column().generated()).toArray(MappedColumn[]::new);
        this.key = target.rowIdentity().map(k -> keyColumns(target, k, mapped)).orElse(new MappedColumn[0]);
        this.compared = mapped.stream().filter(c -> JdbcValues.comparableInWhere(c.column().kind()))
                .toArray(MappedColumn[]::new);
        this.statements = new RowStatements(table, columns(written), columns(key), columns(compared), dialect);
        this.rowKeys = new RowKeys(target, mapped);
    }

    /** A writer for rows with schema {@code rowSchema} (the envelope's {@code after}/{@code before} schema). */
    public static RowWriter create(Schema rowSchema, TargetTable target, ColumnMapping mapping, ServerDialect dialect) {
        return new RowWriter(rowSchema, target, MappedColumns.resolve(rowSchema, target, mapping), dialect);
    }

    public TableName table() {
        return table;
    }

    /** Whether UPDATE and DELETE find rows by a key (else by the whole old row). */
    public boolean hasRowIdentity() {
        return key.length > 0;
    }

    /** Inserts {@code rows} with multi-row INSERTs; returns the number of rows inserted. */
    public int insert(Connection connection, List<Struct> rows) throws SQLException {
        return insertChunks(connection, rows, false);
    }

    /**
     * Inserts {@code rows}, replacing the values of a row whose primary key (or any unique key, as
     * MySQL's ON DUPLICATE KEY does) is already taken; idempotent for replays of snapshot rows.
     * Without a primary or unique key nothing is a duplicate, so a replayed row is then there twice. With a
     * secondary unique key, a row holding only that key's value is overwritten too; for snapshot rows into a
     * target that mirrors the source that is the same row anyway. Returns the number of rows given.
     */
    public int upsert(Connection connection, List<Struct> rows) throws SQLException {
        return insertChunks(connection, rows, true);
    }

    /**
     * For each row, deletes the row with its row identity, then inserts it. A row that collides only on a
     * secondary unique key is not deleted: the INSERT then fails with a duplicate-key error.
     */
    public void replaceByKey(Connection connection, List<Struct> rows) throws SQLException {
        requireRowIdentity("replace rows by key");
        if (distinctKeys(rows)) {
            delete(connection, rows);
            insert(connection, rows);
            return;
        }
        for (Struct row : rows) {  // the same key twice: order matters, so one row at a time
            List<Struct> one = List.of(row);
            delete(connection, one);
            insert(connection, one);
        }
    }

    /** Updates the row {@code before} identifies to {@code after}; returns the number of rows matched (0 or 1). */
    public int update(Connection connection, Struct before, Struct after) throws SQLException {
        requireMatchColumns("update");
        try (PreparedStatement statement = connection.prepareStatement(cache.update(statements))) {
            int index = bind(statement, 1, written, after);
            bind(statement, index, matchColumns(), before);
            return statement.executeUpdate();
        }
    }

    /** Deletes the rows {@code befores} identify; returns the number of rows deleted. */
    public int delete(Connection connection, List<Struct> befores) throws SQLException {
        requireMatchColumns("delete");
        if (key.length == 0) {
            int deleted = 0;
            try (PreparedStatement statement = connection.prepareStatement(cache.deleteByRow(statements))) {
                for (Struct before : befores) {
                    bind(statement, 1, compared, before);
                    deleted += statement.executeUpdate();
                }
            }
            return deleted;
        }
        int deleted = 0;
        int chunk = MAX_PARAMETERS / key.length;
        for (int from = 0; from < befores.size(); from += chunk) {
            List<Struct> part = befores.subList(from, Math.min(befores.size(), from + chunk));
            try (PreparedStatement statement = connection.prepareStatement(cache.deleteByKeys(statements, part.size()))) {
                int index = 1;
                for (Struct before : part) {
                    index = bind(statement, index, key, before);
                }
                deleted += statement.executeUpdate();
            }
        }
        return deleted;
    }

    /** The write-set keys of {@code row}: its primary key and its unique keys' values. */
    public List<RowKey> keys(Struct row) {
        return rowKeys.of(row);
    }

    private int insertChunks(Connection connection, List<Struct> rows, boolean upsert) throws SQLException {
        int inserted = 0;
        int chunk = MAX_PARAMETERS / written.length;
        for (int from = 0; from < rows.size(); from += chunk) {
            List<Struct> part = rows.subList(from, Math.min(rows.size(), from + chunk));
            String sql = upsert ? cache.upsert(statements, part.size()) : cache.insert(statements, part.size());
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int index = 1;
                for (Struct row : part) {
                    index = bind(statement, index, written, row);
                }
                int count = statement.executeUpdate();
                // ON DUPLICATE KEY counts 2 for an updated row, 1 for an inserted one: report rows written.
                inserted += upsert ? part.size() : count;
            }
        }
        return inserted;
    }

    private MappedColumn[] matchColumns() {
        return key.length > 0 ? key : compared;
    }

    private int bind(PreparedStatement statement, int first, MappedColumn[] columns, Struct row) throws SQLException {
        // Fields are read by position: a row of another schema (after a DDL) would put values in wrong columns.
        if (row.schema() != rowSchema && !row.schema().equals(rowSchema)) {
            throw new DataException("A row for " + table + " has schema " + row.schema().name() + " version "
                    + row.schema().version() + ", not the one this writer was made for; make a writer for the new"
                    + " schema (the table's columns changed)");
        }
        int index = first;
        for (MappedColumn column : columns) {
            Object value;
            try {
                value = column.jdbcValue(row);
            } catch (RuntimeException e) {
                throw new DataException("Cannot convert field \"" + column.field().name() + "\" for column "
                        + column.column().name() + " of " + table + ": " + e.getMessage(), e);
            }
            if (value == null) {
                statement.setNull(index++, Types.NULL);
            } else {
                statement.setObject(index++, value);
            }
        }
        return index;
    }

    private boolean distinctKeys(List<Struct> rows) {
        if (rows.size() < 2) {
            return true;
        }
        Set<List<RowKey>> seen = new HashSet<>();
        for (Struct row : rows) {
            if (!seen.add(List.of(identityKey(row)))) {
                return false;
            }
        }
        return true;
    }

    private RowKey identityKey(Struct row) {
        Object[] values = new Object[key.length];
        for (int i = 0; i < key.length; i++) {
            values[i] = RowKeys.normalise(key[i].sourceValue(row), key[i].column());
        }
        return new RowKey(table, "identity", List.of(values));
    }

    private void requireRowIdentity(String what) {
        if (key.length == 0) {
            throw new DataException("Cannot " + what + " in " + table + ": it has no primary key and no unique key"
                    + " of NOT NULL columns");
        }
    }

    private void requireMatchColumns(String what) {
        if (key.length == 0 && compared.length == 0) {
            throw new DataException("Cannot " + what + " rows of " + table + ": it has no key and only FLOAT, DOUBLE"
                    + " or geometry columns, which cannot be matched exactly; add a primary key to the target table");
        }
    }

    private MappedColumn[] keyColumns(TargetTable target, UniqueKey identity, List<MappedColumn> mapped) {
        MappedColumn[] columns = new MappedColumn[identity.columns().size()];
        for (int i = 0; i < columns.length; i++) {
            TargetColumn column = identity.columns().get(i);
            columns[i] = RowKeys.find(mapped, column).orElseThrow(() -> new DataException("Key column "
                    + column.name() + " of target table " + target.name() + " gets no source field; the column"
                    + " mapping must include the columns of the table's " + identity.name() + " key"));
        }
        return columns;
    }

    private static List<TargetColumn> columns(MappedColumn[] mapped) {
        return java.util.Arrays.stream(mapped).map(MappedColumn::column).toList();
    }
}
