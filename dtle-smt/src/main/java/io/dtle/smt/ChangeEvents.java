package io.dtle.smt;

import io.dtle.common.expr.WhereException;
import io.dtle.common.expr.WhereExpression;
import io.dtle.common.record.EnvelopeFields;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;

/**
 * Reads Debezium change events for WhereFilter and writes the changed ones: which table a row change is on, its old
 * and new rows, and the same event with another op and row images. Keeps, per table, the row schema whose columns
 * were last checked against the table's condition, so the check runs once per table and schema change.
 */
final class ChangeEvents {
    private static final Set<String> ROW_OPS = Set.of("c", "r", "u", "d");

    /** A row change: its envelope, table and old and new rows (either may be null). */
    record Change(Struct value, String database, String table, Struct before, Struct after) {
    }

    private final Map<String, Schema> checkedSchemas = new HashMap<>();

    /** The row change a record holds, or null for anything else (markers, schema changes, tombstones...). */
    Change read(ConnectRecord<?> record) {
        if (!(record.value() instanceof Struct value)) {
            return null;
        }
        Schema schema = value.schema();
        if (!hasFields(schema, EnvelopeFields.OP, EnvelopeFields.BEFORE, EnvelopeFields.AFTER, EnvelopeFields.SOURCE)
                || !ROW_OPS.contains(value.getString(EnvelopeFields.OP))) {
            return null;
        }
        Struct source = value.getStruct(EnvelopeFields.SOURCE);
        if (source == null || !hasFields(source.schema(), EnvelopeFields.SOURCE_DB, EnvelopeFields.SOURCE_TABLE)) {
            return null;
        }
        return new Change(value, source.getString(EnvelopeFields.SOURCE_DB),
                source.getString(EnvelopeFields.SOURCE_TABLE), value.getStruct(EnvelopeFields.BEFORE),
                value.getStruct(EnvelopeFields.AFTER));
    }

    /**
     * Fails when the condition reads a column the table's rows do not have: a condition that can never match would
     * otherwise empty the stream silently.
     */
    void checkColumns(Change change, WhereExpression condition) {
        Struct row = change.after() != null ? change.after() : change.before();
        if (row == null) {
            return;
        }
        String table = change.database() + "." + change.table();
        if (checkedSchemas.get(table) == row.schema()) {
            return;
        }
        List<String> columns = row.schema().fields().stream().map(Field::name).toList();
        try {
            condition.checkColumns(table, columns);
        } catch (WhereException e) {
            throw new DataException("WhereFilter cannot filter " + table + " (where." + table + "): "
                    + e.getMessage());
        }
        checkedSchemas.put(table, row.schema());
    }

    /** The same record with the envelope's op and row images replaced; key, headers, source and transaction kept. */
    <R extends ConnectRecord<R>> R rewrite(R record, Change change, String op, Struct before, Struct after) {
        Struct original = change.value();
        Struct value = new Struct(original.schema());
        for (Field field : original.schema().fields()) {
            value.put(field, original.get(field));
        }
        value.put(EnvelopeFields.OP, op);
        value.put(EnvelopeFields.BEFORE, before);
        value.put(EnvelopeFields.AFTER, after);
        return record.newRecord(record.topic(), record.kafkaPartition(), record.keySchema(), record.key(),
                original.schema(), value, record.timestamp(), record.headers());
    }

    private static boolean hasFields(Schema schema, String... names) {
        if (schema.type() != Schema.Type.STRUCT) {
            return false;
        }
        for (String name : names) {
            if (schema.field(name) == null) {
                return false;
            }
        }
        return true;
    }
}
