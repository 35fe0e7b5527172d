package io.dtle.source.stream;

import io.dtle.source.TableFilter;
import io.dtle.source.history.SchemaHistory;
import io.dtle.source.record.ChangeRecordFactory;
import io.dtle.source.schema.SourceSchemaRegistry;
import java.time.Duration;
import java.util.Map;

/**
 * What the snapshot and the stream share: the schema registry and record factory, the routing, the filters, the
 * source partition, the batch settings, the schema history that accepted DDL statements are written to, and
 * where a Kafka transaction may end.
 */
public record StreamContext(
        SourceSchemaRegistry registry,
        ChangeRecordFactory changeRecords,
        TopicRouter router,
        TableFilter tables,
        RowFilter rows,
        DdlFilter ddl,
        long serverId,
        Map<String, String> partition,
        Batching batching,
        SchemaHistory history,
        TransactionBoundaries boundaries) {

    /** How much one poll returns and how long it waits. */
    public record Batching(int maxBatchSize, Duration pollInterval, Duration heartbeatInterval) {
    }

    public int maxBatchSize() {
        return batching.maxBatchSize();
    }

    public Duration pollInterval() {
        return batching.pollInterval();
    }

    public Duration heartbeatInterval() {
        return batching.heartbeatInterval();
    }
}
