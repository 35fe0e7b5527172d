package io.dtle.smt.jmh;

import io.debezium.relational.TableId;
import io.debezium.relational.TableSchema;
import io.dtle.common.job.JobIdentity;
import io.dtle.common.record.DtleHeaders;
import io.dtle.source.record.BinlogCoordinates;
import io.dtle.source.record.ChangeRecord;
import io.dtle.source.record.ChangeRecordFactory;
import io.dtle.source.record.SourcePosition;
import io.dtle.source.record.TransactionBlock;
import io.dtle.source.schema.SourceSchemaRegistry;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import org.apache.kafka.connect.header.Headers;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Row change records of {@code shop.orders} as the dtle source emits them in ordered routing: the envelope made by the
 * source's own ChangeRecordFactory from a table schema its SourceSchemaRegistry built from the DDL, binlog-style row
 * values, and the dtle.* headers of a transaction (plus {@code dtle.origin} for one a dtle sink applied).
 */
final class SourceRecords {
    static final String DDL = "CREATE TABLE orders (id INT NOT NULL PRIMARY KEY, a INT NOT NULL, "
            + "status VARCHAR(16) NOT NULL, name VARCHAR(64), amount DECIMAL(10,2), created_at DATETIME NOT NULL)";
    static final String GTID = "3e11fa47-71ca-11e1-9e33-c80aa9429562:77";
    /** The job whose applied transactions carry the origin header. */
    static final String ORIGIN_JOB = "dc1-to-dc2";
    private static final String PREFIX = "bench";
    private static final BinlogCoordinates AT = new BinlogCoordinates(7, GTID, "binlog.000003", 4711,
            Instant.parse("2024-05-01T10:00:00Z"), 42L);

    private final SourceSchemaRegistry registry = SourceSchemaRegistry.withDefaults(PREFIX);
    private final ChangeRecordFactory factory = new ChangeRecordFactory(registry.config());

    SourceRecords() {
        // As the source does at start: columns without a character set take the server's.
        registry.applyServerCharset("utf8mb4", "utf8mb4_0900_ai_ci");
        registry.applyDdl("shop", DDL);
        registry.applyDdl("shop", DDL.replace("orders", "audit"));
    }

    /** A row as the binlog client decodes it: strings as bytes, DATETIME as LocalDateTime. */
    static Object[] row(int id, int a, String status, String name, String createdAt) {
        return new Object[] {id, a, bytes(status), bytes(name), new BigDecimal("123.45"),
                LocalDateTime.parse(createdAt)};
    }

    /** An insert into {@code shop.<table>}. */
    SourceRecord insert(String table, Object[] after) {
        return change(table, null, after, false);
    }

    /** An update of {@code shop.<table>} that keeps the primary key. */
    SourceRecord update(String table, Object[] before, Object[] after) {
        return change(table, before, after, false);
    }

    /** An insert of a transaction that a dtle sink of {@link #ORIGIN_JOB} applied. */
    SourceRecord appliedBySink(String table, Object[] after) {
        return change(table, null, after, true);
    }

    private SourceRecord change(String table, Object[] before, Object[] after, boolean tagged) {
        TableSchema schema = registry.schemaFor(new TableId("shop", null, table));
        ChangeRecord record = factory.change(schema, before, after, SourcePosition.binlog("shop", table, AT, 0),
                new TransactionBlock(GTID, 1, 1)).get(0);
        Headers headers = record.headers();
        headers.addString(DtleHeaders.GTID, GTID);
        headers.addLong(DtleHeaders.LAST_COMMITTED, 11L);
        headers.addLong(DtleHeaders.SEQUENCE_NUMBER, 12L);
        if (tagged) {
            headers.addString(DtleHeaders.ORIGIN, JobIdentity.uuidOf(ORIGIN_JOB).toString());
        }
        return new SourceRecord(Map.of("server", PREFIX), Map.of("gtids", GTID), PREFIX + ".ordered", 0,
                record.keySchema(), record.key(), record.valueSchema(), record.value(), null, headers);
    }

    private static byte[] bytes(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }
}
