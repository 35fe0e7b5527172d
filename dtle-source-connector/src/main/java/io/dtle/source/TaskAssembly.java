package io.dtle.source;

import io.debezium.relational.TableId;
import io.dtle.common.gtid.Gtid;
import io.dtle.common.gtid.GtidSet;
import io.dtle.common.gtid.MariaDbGtidPosition;
import io.dtle.source.binlog.BinlogPosition;
import io.dtle.source.binlog.BinlogReader;
import io.dtle.source.binlog.BinlogReaderOptions;
import io.dtle.source.binlog.ServerStatusReader;
import io.dtle.source.history.KafkaSchemaHistory;
import io.dtle.source.history.SchemaHistory;
import io.dtle.source.metric.ConnectorMBeans;
import io.dtle.source.metric.StreamingMetrics;
import io.dtle.source.offset.BinlogOffsetCodec;
import io.dtle.source.record.ChangeRecordFactory;
import io.dtle.source.schema.DebeziumMySqlDefaults;
import io.dtle.source.schema.SourceSchemaRegistry;
import io.dtle.source.snapshot.ConsistentSnapshot;
import io.dtle.source.snapshot.SnapshotOffsets;
import io.dtle.source.snapshot.SnapshotSource;
import io.dtle.source.snapshot.SourceConnections;
import io.dtle.source.snapshot.TableDefinitions;
import io.dtle.source.stream.BinlogRecordStream;
import io.dtle.source.stream.DdlFilter;
import io.dtle.source.stream.RecordSource;
import io.dtle.source.stream.RowFilter;
import io.dtle.source.stream.StreamContext;
import io.dtle.source.stream.StreamOffsets;
import io.dtle.source.stream.TopicRouter;
import io.dtle.source.stream.TransactionBoundaries;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.storage.OffsetStorageReader;

/**
 * Builds a task's record source from its config and stored offset: a snapshot (fresh or resumed at its last chunk)
 * followed by the binlog stream, or the stream alone from the stored or configured position.
 */
final class TaskAssembly {
    private TaskAssembly() {
    }

    static RecordSource open(DtleSourceConfig config, OffsetStorageReader offsets, ConnectorMBeans metrics,
                             TransactionBoundaries boundaries) {
        Map<String, String> partition = StreamOffsets.partition(config.topicPrefix());
        Map<String, Object> stored = offsets == null ? null : offsets.offset(partition);
        SchemaHistory history = schemaHistory(config);
        try (Connection connection = SourceConnections.open(config)) {
            StreamContext context = context(config, partition, new ServerTraits(serverId(connection),
                    tableNamesCaseInsensitive(connection)), history, boundaries);
            RecordSource source;
            if (SnapshotOffsets.isSnapshot(stored) || stored == null && config.snapshotMode().copiesData()) {
                source = snapshotThenStream(config, context, stored, metrics);
            } else if (stored != null) {
                BinlogPosition from = BinlogOffsetCodec.decode(stored);
                TableDefinitionsAtStart.restore(connection, config, context, from);
                source = stream(config, context, from, stored, metrics.streaming());
            } else {
                BinlogPosition from = configuredStart(config);
                TableDefinitionsAtStart.loadAndRecord(connection, context, from);
                source = stream(config, context, from, null, metrics.streaming());
            }
            return new ClosingHistory(source, history);
        } catch (SQLException e) {
            history.close();
            throw new RetriableException("Cannot read the source server's tables: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            history.close();
            throw e;
        }
    }

    private static SchemaHistory schemaHistory(DtleSourceConfig config) {
        return config.schemaHistoryBootstrapServers().isEmpty() ? SchemaHistory.NONE
                : new KafkaSchemaHistory(config.schemaHistoryClients(), config.schemaHistoryTopic(),
                        config.topicPrefix());
    }

    private static RecordSource snapshotThenStream(DtleSourceConfig config, StreamContext context,
                                                   Map<String, Object> stored, ConnectorMBeans metrics)
            throws SQLException {
        Connection connection = SourceConnections.open(config);
        try {
            BinlogPosition snapshotAt = ConsistentSnapshot.begin(connection,
                    new ServerStatusReader(SourceConnections.binlogSettings(config)));
            SnapshotOffsets.SnapshotResume resume = SnapshotOffsets.resume(stored);
            // A resumed snapshot recorded its baseline when it first started.
            TableDefinitions definitions = TableDefinitionsAtStart.loadAndRecord(connection, context,
                    resume == null ? snapshotAt : null);
            SnapshotSource.Plan plan = plan(definitions, snapshotAt, resume);
            SnapshotSource snapshot = new SnapshotSource(connection, context, plan, config.snapshotChunkSize(),
                    metrics.snapshot());
            return new SnapshotThenStream(snapshot, config.snapshotMode().streams()
                    ? from -> stream(config, context, from, null, metrics.streaming()) : null);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** A resumed snapshot keeps streaming from the first snapshot's position; see ConsistentSnapshot. */
    private static SnapshotSource.Plan plan(TableDefinitions definitions, BinlogPosition snapshotAt,
                                            SnapshotOffsets.SnapshotResume resume) {
        if (resume == null) {
            return new SnapshotSource.Plan(definitions, 0, null, snapshotAt);
        }
        List<TableId> tables = definitions.tables();
        int index = 0;
        while (index < tables.size() && (tables.get(index).catalog() + "." + tables.get(index).table())
                .compareTo(resume.table()) < 0) {
            index++;
        }
        boolean same = index < tables.size()
                && (tables.get(index).catalog() + "." + tables.get(index).table()).equals(resume.table());
        return new SnapshotSource.Plan(definitions, index, same ? resume.lastKey() : null, resume.streamFrom());
    }

    private static RecordSource stream(DtleSourceConfig config, StreamContext context, BinlogPosition from,
                                       Map<String, Object> stored, StreamingMetrics metrics) {
        Duration heartbeat = config.heartbeatInterval().isZero() ? Duration.ofSeconds(10) : config.heartbeatInterval();
        BinlogReaderOptions options = new BinlogReaderOptions(config.maxQueueSize(), heartbeat,
                config.connectTimeout(), Duration.ofMillis(200), Duration.ofMinutes(2));
        BinlogReader reader = new BinlogReader(SourceConnections.binlogSettings(config), options);
        metrics.attach(new StreamingMetrics.ReaderState() {
            @Override
            public boolean connected() {
                return reader.connected();
            }

            @Override
            public int queueCapacity() {
                return reader.queueCapacity();
            }

            @Override
            public int queueRemaining() {
                return reader.queueRemainingCapacity();
            }
        });
        return new BinlogRecordStream(reader, context, from, stored, metrics);
    }

    private static BinlogPosition configuredStart(DtleSourceConfig config) throws SQLException {
        StartPosition start = config.startPosition();
        ServerStatusReader status = new ServerStatusReader(SourceConnections.binlogSettings(config));
        return switch (start.kind()) {
            case AFTER_GTID_SET -> start.isMariaDbGtid()
                    ? BinlogPosition.ofMariaDb(MariaDbGtidPosition.parse(start.gtid()))
                    : BinlogPosition.ofGtidSet(GtidSet.parse(start.gtid()));
            case AT_GTID -> atGtid(start, status);
            case BINLOG_POSITION -> BinlogPosition.ofFile(start.binlogFile(), start.binlogPosition());
            case CURRENT, SNAPSHOT -> status.currentPosition();
        };
    }

    /** start.gtid.first: every transaction of the server before that GTID counts as delivered. */
    private static BinlogPosition atGtid(StartPosition start, ServerStatusReader status) throws SQLException {
        if (start.isMariaDbGtid()) {
            String[] parts = start.gtid().split("-");
            long seq = Long.parseLong(parts[2]) - 1;
            return BinlogPosition.ofMariaDb(MariaDbGtidPosition.parse(parts[0] + "-" + parts[1] + "-" + seq));
        }
        Gtid first = Gtid.parse(start.gtid());
        GtidSet executed = status.currentPosition().gtidSet().orElse(GtidSet.empty());
        GtidSet.Builder delivered = GtidSet.builder();
        for (var uuid : executed.uuids()) {
            if (!uuid.equals(first.sourceUuid())) {
                delivered.addAll(GtidSet.parse(uuid, executed.intervalText(uuid)));
            }
        }
        if (first.transactionNumber() > 1) {
            // Everything of that source before the start GTID counts as delivered: one interval, however long.
            delivered.addAll(GtidSet.parse(first.sourceUuid(), "1-" + (first.transactionNumber() - 1)));
        }
        return BinlogPosition.ofGtidSet(delivered.build());
    }

    /** What the task reads from the source server before it builds its context. */
    private record ServerTraits(long serverId, boolean tableNamesCaseInsensitive) {
    }

    private static StreamContext context(DtleSourceConfig config, Map<String, String> partition, ServerTraits server,
                                         SchemaHistory history, TransactionBoundaries boundaries) {
        SourceSchemaRegistry registry = new SourceSchemaRegistry(DebeziumMySqlDefaults.config(config.topicPrefix()),
                server.tableNamesCaseInsensitive());
        ChangeRecordFactory changes = new ChangeRecordFactory(registry.config(), config.tombstonesOnDelete(),
                Clock.systemUTC());
        return new StreamContext(registry, changes, new TopicRouter(config.topicPrefix(), config.topicRouting()),
                config.tableFilter(), new RowFilter(config.whereConditions().expressions(), config.skippedOperations()),
                new DdlFilter(config.skippedDdl()), server.serverId(), partition,
                new StreamContext.Batching(config.maxBatchSize(), config.pollInterval(), config.heartbeatInterval()),
                history, boundaries);
    }

    private static long serverId(Connection connection) throws SQLException {
        return Long.parseLong(variable(connection, "server_id"));
    }

    /** lower_case_table_names 1 or 2: the server treats Shop.T and shop.t as one table, and so must the schema. */
    private static boolean tableNamesCaseInsensitive(Connection connection) throws SQLException {
        return !"0".equals(variable(connection, "lower_case_table_names"));
    }

    private static String variable(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT @@" + name)) {
            if (!result.next()) {
                throw new ConnectException("The source server did not return @@" + name);
            }
            return result.getString(1);
        }
    }
}
