package io.dtle.smt;

import static io.dtle.smt.Envelopes.change;
import static io.dtle.smt.Envelopes.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WhereFilterTest {
    private final WhereFilter<SourceRecord> filter = new WhereFilter<>();

    private WhereFilter<SourceRecord> configured(String... keyValues) {
        Map<String, String> config = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            config.put(keyValues[i], keyValues[i + 1]);
        }
        filter.configure(config);
        return filter;
    }

    @AfterEach
    void close() {
        filter.close();
    }

    @Test
    void insertsAndSnapshotReadsPassOnlyWhenTheNewRowMatches() {
        configured("where.shop.orders", "a < 5");
        SourceRecord matching = change("orders", "c", null, row(1, 3));
        assertThat(filter.apply(matching)).isSameAs(matching);
        assertThat(filter.apply(change("orders", "c", null, row(2, 5)))).isNull();
        SourceRecord read = change("orders", "r", null, row(3, 4));
        assertThat(filter.apply(read)).isSameAs(read);
        assertThat(filter.apply(change("orders", "r", null, row(4, 9)))).isNull();
    }

    @Test
    void deletesPassOnlyWhenTheOldRowMatches() {
        configured("where.shop.orders", "a < 5");
        SourceRecord matching = change("orders", "d", row(1, 3), null);
        assertThat(filter.apply(matching)).isSameAs(matching);
        assertThat(filter.apply(change("orders", "d", row(2, 7), null))).isNull();
    }

    @Test
    void anUpdateInsideTheSetStaysAnUpdate() {
        configured("where.shop.orders", "a < 5");
        SourceRecord update = change("orders", "u", row(1, 3), row(1, 4));
        assertThat(filter.apply(update)).isSameAs(update);
    }

    @Test
    void anUpdateLeavingTheSetBecomesADeleteOfTheOldRowKeepingEverythingElse() {
        configured("where.shop.orders", "a < 5");
        SourceRecord update = change("orders", "u", row(1, 3), row(1, 8));
        SourceRecord out = filter.apply(update);
        Struct value = (Struct) out.value();
        assertThat(value.getString("op")).isEqualTo("d");
        assertThat(value.getStruct("before")).isEqualTo(row(1, 3));
        assertThat(value.getStruct("after")).isNull();
        assertKeptAround(update, out);
    }

    @Test
    void anUpdateEnteringTheSetBecomesAnInsertOfTheNewRow() {
        configured("where.shop.orders", "a < 5");
        SourceRecord update = change("orders", "u", row(1, 8), row(1, 2));
        SourceRecord out = filter.apply(update);
        Struct value = (Struct) out.value();
        assertThat(value.getString("op")).isEqualTo("c");
        assertThat(value.getStruct("before")).isNull();
        assertThat(value.getStruct("after")).isEqualTo(row(1, 2));
        assertKeptAround(update, out);
    }

    @Test
    void anUpdateOutsideTheSetIsDropped() {
        configured("where.shop.orders", "a < 5");
        assertThat(filter.apply(change("orders", "u", row(1, 8), row(1, 9)))).isNull();
    }

    @Test
    void nullIsUnknownSoANullRowNeverMatchesAComparison() {
        configured("where.shop.orders", "a < 5");
        assertThat(filter.apply(change("orders", "c", null, row(1, null)))).isNull();
        Struct entering = (Struct) filter.apply(change("orders", "u", row(1, null), row(1, 2))).value();
        assertThat(entering.getString("op")).isEqualTo("c");
        Struct leaving = (Struct) filter.apply(change("orders", "u", row(1, 2), row(1, null))).value();
        assertThat(leaving.getString("op")).isEqualTo("d");
        assertThat(filter.apply(change("orders", "u", row(1, null), row(1, null)))).isNull();
    }

    @Test
    void isNullConditionsMatchNullColumns() {
        configured("where.shop.orders", "a IS NULL OR a >= 5");
        SourceRecord nullRow = change("orders", "c", null, row(1, null));
        assertThat(filter.apply(nullRow)).isSameAs(nullRow);
        assertThat(filter.apply(change("orders", "c", null, row(2, 1)))).isNull();
    }

    @Test
    void tablesWithoutAConditionPassAndTablesAreMatchedIgnoringCase() {
        configured("where.SHOP.Orders", "a < 5");
        SourceRecord other = change("items", "c", null, row(1, 9));
        assertThat(filter.apply(other)).isSameAs(other);
        assertThat(filter.apply(change("orders", "c", null, row(1, 9)))).isNull();
    }

    @Test
    void recordsThatAreNotRowChangesPassUntouched() {
        configured("where.shop.orders", "a < 5");
        Schema markerSchema = SchemaBuilder.struct().name("io.debezium.connector.common.TransactionMetadataValue")
                .field("status", Schema.STRING_SCHEMA).field("id", Schema.STRING_SCHEMA).build();
        Schema ddlSchema = SchemaBuilder.struct().name("io.debezium.connector.mysql.SchemaChangeValue")
                .field("source", Envelopes.SOURCE).field("databaseName", Schema.STRING_SCHEMA)
                .field("ddl", Schema.STRING_SCHEMA).build();
        Schema heartbeatSchema = SchemaBuilder.struct().name("io.debezium.connector.common.Heartbeat")
                .field("ts_ms", Schema.INT64_SCHEMA).build();
        Struct ddlSource = new Struct(Envelopes.SOURCE).put("connector", "mysql").put("db", "shop")
                .put("table", "orders");
        SourceRecord[] records = {
            record(markerSchema, new Struct(markerSchema).put("status", "BEGIN").put("id", Envelopes.GTID)),
            record(ddlSchema, new Struct(ddlSchema).put("source", ddlSource).put("databaseName", "shop")
                    .put("ddl", "ALTER TABLE orders ADD b INT")),
            record(heartbeatSchema, new Struct(heartbeatSchema).put("ts_ms", 1L)),
            record(null, null),
            record(null, Map.of("op", "c")),
            change("orders", "t", null, null),
        };
        for (SourceRecord record : records) {
            assertThat(filter.apply(record)).isSameAs(record);
        }
    }

    @Test
    void sinkRecordsAreFilteredTheSameWay() {
        WhereFilter<SinkRecord> sinkFilter = new WhereFilter<>();
        sinkFilter.configure(Map.of("where.shop.orders", "a < 5"));
        SourceRecord source = change("orders", "u", row(1, 3), row(1, 8));
        SinkRecord sink = new SinkRecord("p.ordered", 0, source.keySchema(), source.key(), source.valueSchema(),
                source.value(), 42L, 5L, TimestampType.CREATE_TIME, source.headers());
        SinkRecord out = sinkFilter.apply(sink);
        assertThat(((Struct) out.value()).getString("op")).isEqualTo("d");
        assertThat(out.kafkaOffset()).isEqualTo(42L);
        assertThat(sinkFilter.apply(new SinkRecord("p.ordered", 0, source.keySchema(), source.key(),
                source.valueSchema(), Envelopes.envelope("orders", "c", null, row(2, 9)), 43L))).isNull();
    }

    @Test
    void aColumnTheTableDoesNotHaveFailsAtItsFirstRecordNamingTableAndColumn() {
        configured("where.shop.orders", "b < 5", "where.shop.items", "a < 5");
        SourceRecord items = change("items", "c", null, row(1, 1));
        assertThat(filter.apply(items)).isSameAs(items);
        assertThatThrownBy(() -> filter.apply(change("orders", "c", null, row(1, 1))))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("shop.orders").hasMessageContaining("has no column b");
    }

    @Test
    void unusableConditionsAreRejectedAtConfigureNamingTheKey() {
        assertThatThrownBy(() -> configured("where.shop.orders", "a <"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("where.shop.orders")
                .hasMessageContaining("not valid MySQL syntax");
        assertThatThrownBy(() -> configured("where.shop.orders", "a < RAND()"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("where.shop.orders")
                .hasMessageContaining("RAND");
        assertThatThrownBy(() -> configured("where.shop.orders", "NO_SUCH_FUNCTION(a) = 1"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("where.shop.orders");
        assertThatThrownBy(() -> configured("where.orders", "a < 5"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("where.<db>.<table>");
        assertThatThrownBy(() -> configured("where.shop.orders", ""))
                .isInstanceOf(ConfigException.class).hasMessageContaining("where.shop.orders");
        assertThatThrownBy(() -> configured())
                .isInstanceOf(ConfigException.class).hasMessageContaining("no condition");
    }

    private static SourceRecord record(Schema schema, Object value) {
        return new SourceRecord(Map.of("server", "p"), Map.of("pos", 4), "p.ordered", 0, null, null, schema, value);
    }

    private static void assertKeptAround(SourceRecord in, SourceRecord out) {
        Struct before = (Struct) in.value();
        Struct after = (Struct) out.value();
        assertThat(out.key()).isEqualTo(in.key());
        assertThat(out.keySchema()).isEqualTo(in.keySchema());
        assertThat(out.topic()).isEqualTo(in.topic());
        assertThat(out.kafkaPartition()).isEqualTo(in.kafkaPartition());
        assertThat(out.timestamp()).isEqualTo(in.timestamp());
        assertThat(out.sourcePartition()).isEqualTo(in.sourcePartition());
        assertThat(out.sourceOffset()).isEqualTo(in.sourceOffset());
        assertThat(out.headers().lastWithName("dtle.gtid").value()).isEqualTo(Envelopes.GTID);
        assertThat(after.getStruct("source")).isEqualTo(before.getStruct("source"));
        assertThat(after.getStruct("transaction")).isEqualTo(before.getStruct("transaction"));
        assertThat(after.get("ts_ms")).isEqualTo(before.get("ts_ms"));
        after.validate();
    }
}
