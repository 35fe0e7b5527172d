package io.dtle.sink.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.sink.TableMapping;
import io.dtle.sink.sql.ServerDialect;
import io.dtle.sink.table.TargetTables;
import io.dtle.testing.LocalMySqlServer;
import java.sql.Connection;
import java.util.List;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.junit.jupiter.api.Test;

/**
 * Issue 5 (found by BidirectionalIT): in bidirectional replication an ALTER TABLE runs first on one side's own
 * server, outside that side's sink; when rows of the new shape come back from the other side, the sink must see
 * the column it did not add itself instead of failing with "has no column" on a cached table shape.
 */
class TableWritersIT {
    private static final Schema OLD_ROW = SchemaBuilder.struct().name("p.demo.t.Value")
            .field("id", Schema.INT32_SCHEMA).field("v", Schema.OPTIONAL_INT32_SCHEMA).build();
    private static final Schema NEW_ROW = SchemaBuilder.struct().name("p.demo.t.Value")
            .field("id", Schema.INT32_SCHEMA).field("v", Schema.OPTIONAL_INT32_SCHEMA)
            .field("extra", Schema.OPTIONAL_STRING_SCHEMA).build();

    @Test
    void aRowShapeNotSeenBeforeRereadsATargetTableAlteredOutsideTheSink() throws Exception {
        try (LocalMySqlServer target = LocalMySqlServer.mysql()) {
            target.execute("CREATE DATABASE demo", "CREATE TABLE demo.t (id INT PRIMARY KEY, v INT)");
            try (Connection connection = target.connect()) {
                TableWriters writers = new TableWriters(TableMapping.identity(), new TargetTables(),
                        ServerDialect.detect(connection));
                writers.writer(connection, "demo", "t", OLD_ROW)
                        .insert(connection, List.of(new Struct(OLD_ROW).put("id", 1).put("v", 1)));

                target.execute("ALTER TABLE demo.t ADD COLUMN extra VARCHAR(20)");
                writers.writer(connection, "demo", "t", NEW_ROW).insert(connection,
                        List.of(new Struct(NEW_ROW).put("id", 2).put("v", 2).put("extra", "y")));
            }
            assertThat(target.queryString("SELECT GROUP_CONCAT(CONCAT(id, ':', IFNULL(extra, '-')) ORDER BY id) "
                    + "FROM demo.t")).isEqualTo("1:-,2:y");
        }
    }
}
