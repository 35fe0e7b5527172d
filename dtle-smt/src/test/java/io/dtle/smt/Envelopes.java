package io.dtle.smt;

import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.source.SourceRecord;

/** Hand-built Debezium MySQL change events for one table {@code shop.orders (id INT, a INT NULL, name VARCHAR)}. */
final class Envelopes {
    static final Schema KEY = SchemaBuilder.struct().name("p.shop.orders.Key").field("id", Schema.INT32_SCHEMA).build();
    static final Schema ROW = SchemaBuilder.struct().name("p.shop.orders.Value").optional()
            .field("id", Schema.INT32_SCHEMA)
            .field("a", Schema.OPTIONAL_INT32_SCHEMA)
            .field("name", Schema.OPTIONAL_STRING_SCHEMA)
            .build();
    static final Schema SOURCE = SchemaBuilder.struct().name("io.debezium.connector.mysql.Source")
            .field("connector", Schema.STRING_SCHEMA)
            .field("db", Schema.STRING_SCHEMA)
            .field("table", Schema.OPTIONAL_STRING_SCHEMA)
            .field("gtid", Schema.OPTIONAL_STRING_SCHEMA)
            .build();
    static final Schema TRANSACTION = SchemaBuilder.struct().name("event.block").optional()
            .field("id", Schema.STRING_SCHEMA)
            .field("total_order", Schema.INT64_SCHEMA)
            .field("data_collection_order", Schema.INT64_SCHEMA)
            .build();
    static final Schema ENVELOPE = SchemaBuilder.struct().name("p.shop.orders.Envelope")
            .field("before", ROW)
            .field("after", ROW)
            .field("source", SOURCE)
            .field("op", Schema.STRING_SCHEMA)
            .field("ts_ms", Schema.OPTIONAL_INT64_SCHEMA)
            .field("transaction", TRANSACTION)
            .build();
    static final String GTID = "3e11fa47-71ca-11e1-9e33-c80aa9429562:7";

    private Envelopes() {
    }

    static Struct row(int id, Integer a) {
        return new Struct(ROW).put("id", id).put("a", a).put("name", "n" + id);
    }

    static Struct envelope(String table, String op, Struct before, Struct after) {
        Struct source = new Struct(SOURCE).put("connector", "mysql").put("db", "shop").put("table", table)
                .put("gtid", GTID);
        Struct transaction = new Struct(TRANSACTION).put("id", GTID).put("total_order", 3L)
                .put("data_collection_order", 2L);
        return new Struct(ENVELOPE).put("before", before).put("after", after).put("source", source).put("op", op)
                .put("ts_ms", 1000L).put("transaction", transaction);
    }

    /** A change of {@code shop.<table>} as the source connector emits it, with a dtle.gtid header. */
    static SourceRecord change(String table, String op, Struct before, Struct after) {
        Struct image = after != null ? after : before;
        ConnectHeaders headers = new ConnectHeaders();
        headers.addString("dtle.gtid", GTID);
        return new SourceRecord(Map.of("server", "p"), Map.of("pos", 4), "p.ordered", 0, KEY,
                image == null ? null : new Struct(KEY).put("id", image.getInt32("id")), ENVELOPE, envelope(table, op, before, after), 5L,
                headers);
    }
}
