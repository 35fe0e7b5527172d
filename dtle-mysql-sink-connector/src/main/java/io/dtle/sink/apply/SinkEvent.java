package io.dtle.sink.apply;

import io.dtle.common.record.DtleHeaders;
import io.dtle.common.record.EnvelopeFields;
import io.dtle.common.record.Operation;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * What a record of the record contract (ARCHITECTURE.md) is, read once: a BEGIN or END marker, a row change, a
 * schema change, or something the sink passes over (tombstones, heartbeats). Works on this project's records and on
 * Debezium's MySQL connector's.
 */
public sealed interface SinkEvent {
    String MARKER_SCHEMA = "io.debezium.connector.common.TransactionMetadataValue";

    SinkRecord record();

    /** A BEGIN or END transaction marker. */
    record Marker(SinkRecord record, boolean begin, String gtid) implements SinkEvent {
    }

    /** A row change. {@code gtid} is null for snapshot rows; {@code totalOrder} is 0 when the record has none. */
    record Row(SinkRecord record, Operation op, String database, String table, Struct before, Struct after,
               String gtid, long totalOrder) implements SinkEvent {
        public boolean snapshot() {
            return op == Operation.READ;
        }
    }

    /** A schema change record: the DDL text, the database it ran in, whether it belongs to the snapshot. */
    record SchemaChange(SinkRecord record, String database, String ddl, String gtid, boolean snapshot)
            implements SinkEvent {
    }

    /** Anything else: tombstones, heartbeats, records of no interest to the sink. */
    record Ignored(SinkRecord record) implements SinkEvent {
    }

    static SinkEvent of(SinkRecord record) {
        Object value = record.value();
        Schema schema = record.valueSchema();
        if (!(value instanceof Struct struct) || schema == null) {
            return new Ignored(record);
        }
        if (MARKER_SCHEMA.equals(schema.name())) {
            return new Marker(record, "BEGIN".equals(struct.getString("status")), struct.getString("id"));
        }
        if (schema.field("ddl") != null && schema.field("databaseName") != null) {
            Struct source = optionalStruct(struct, EnvelopeFields.SOURCE);
            return new SchemaChange(record, struct.getString("databaseName"), struct.getString("ddl"),
                    gtid(record, source), isSnapshot(source));
        }
        if (schema.field(EnvelopeFields.OP) != null && schema.field(EnvelopeFields.SOURCE) != null) {
            return row(record, struct);
        }
        return new Ignored(record);
    }

    private static Row row(SinkRecord record, Struct envelope) {
        String code = envelope.getString(EnvelopeFields.OP);
        Operation op;
        try {
            op = Operation.forCode(code);
        } catch (IllegalArgumentException e) {
            throw new DataException("Record at " + position(record) + " has an unknown op '" + code + "'");
        }
        Struct source = envelope.getStruct(EnvelopeFields.SOURCE);
        Struct transaction = optionalStruct(envelope, EnvelopeFields.TRANSACTION);
        long totalOrder = transaction == null ? 0 : transaction.getInt64(EnvelopeFields.TRANSACTION_TOTAL_ORDER);
        return new Row(record, op, source.getString(EnvelopeFields.SOURCE_DB),
                source.getString(EnvelopeFields.SOURCE_TABLE), optionalStruct(envelope, EnvelopeFields.BEFORE),
                optionalStruct(envelope, EnvelopeFields.AFTER), op == Operation.READ ? null : gtid(record, source),
                totalOrder);
    }

    /** The {@code dtle.gtid} header, else the source block's {@code gtid} (Debezium's own records). */
    private static String gtid(SinkRecord record, Struct source) {
        Header header = record.headers().lastWithName(DtleHeaders.GTID);
        if (header != null && header.value() != null) {
            return header.value().toString();
        }
        if (source != null && source.schema().field(EnvelopeFields.SOURCE_GTID) != null) {
            return source.getString(EnvelopeFields.SOURCE_GTID);
        }
        return null;
    }

    private static boolean isSnapshot(Struct source) {
        if (source == null || source.schema().field(EnvelopeFields.SOURCE_SNAPSHOT) == null) {
            return false;
        }
        Object snapshot = source.get(EnvelopeFields.SOURCE_SNAPSHOT);
        return snapshot != null && !"false".equals(snapshot.toString());
    }

    private static Struct optionalStruct(Struct struct, String name) {
        Field field = struct.schema().field(name);
        return field == null ? null : struct.getStruct(name);
    }

    static String position(SinkRecord record) {
        return new TopicPartition(record.topic(), record.kafkaPartition()) + "@" + record.kafkaOffset();
    }
}
