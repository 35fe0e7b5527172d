package io.dtle.source;

import io.debezium.relational.TableId;
import io.debezium.schema.SchemaChangeEvent.SchemaChangeEventType;
import io.dtle.source.binlog.BinlogEvent;
import io.dtle.source.binlog.BinlogPosition;
import io.dtle.source.binlog.BinlogReader;
import io.dtle.source.binlog.BinlogReaderOptions;
import io.dtle.source.binlog.DdlStatement;
import io.dtle.source.binlog.ServerStatusReader;
import io.dtle.source.history.PositionOrder;
import io.dtle.source.schema.DdlOutcome;
import io.dtle.source.schema.SchemaChange;
import io.dtle.source.schema.SourceSchemaRegistry;
import io.dtle.source.snapshot.SourceConnections;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.kafka.connect.errors.ConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Without a schema history entry for the stored offset P, the task can only take today's table definitions (SHOW
 * CREATE TABLE) for the rows logged since P if no DDL changed a captured table in between. This reads the binlog
 * from P to the server's current position and applies each statement to a scratch copy of today's definitions; the
 * first one that alters, renames or drops a watched table stops the task with what to do. A table whose first change
 * is its CREATE TABLE did not exist at P: the stream defines it when it reads that statement.
 */
final class DdlSinceOffsetCheck {
    private static final Logger LOG = LoggerFactory.getLogger(DdlSinceOffsetCheck.class);
    private static final Duration SCAN_LIMIT = Duration.ofMinutes(30);
    private static final Duration IDLE_LIMIT = Duration.ofSeconds(30);

    private final DtleSourceConfig config;
    private final Predicate<TableId> watched;
    private final String why;
    private final String fix;
    private final Set<TableId> createdSince = new HashSet<>();

    /** Checks the captured tables when there is no history entry for the offset, for {@code why}. */
    DdlSinceOffsetCheck(DtleSourceConfig config, TableFilter filter, String why) {
        this(config, table -> filter.includesTable(table.catalog(), table.table()), why, "set "
                + SchemaHistoryConfigKeys.BOOTSTRAP_SERVERS_CONFIG + " to the Kafka cluster's bootstrap servers "
                + "so that a schema history is kept from now on, and re-snapshot: recreate the connector under a new "
                + "name (Connect keeps offsets per connector name), or delete its offsets while it is stopped.");
    }

    /**
     * @param watched the tables whose definition must not have changed since the offset
     * @param why the reason today's definitions are needed, for the message
     * @param fix what the user can do, for the message
     */
    DdlSinceOffsetCheck(DtleSourceConfig config, Predicate<TableId> watched, String why, String fix) {
        this.config = config;
        this.watched = watched;
        this.why = why;
        this.fix = fix;
    }

    /**
     * @param scratch a registry holding today's definitions of the captured tables, changed by the check
     * @return the watched tables whose first change since the offset is their CREATE TABLE: they did not exist at the
     *         offset, and the stream defines them when it reaches that statement
     */
    Set<TableId> verify(BinlogPosition from, SourceSchemaRegistry scratch) throws SQLException,
            InterruptedException {
        BinlogPosition now = new ServerStatusReader(SourceConnections.binlogSettings(config)).currentPosition();
        if (PositionOrder.atOrBefore(now, from)) {
            return Set.of();
        }
        LOG.info("Checking the binlog from the stored offset {} to {} for DDL on captured tables ({})", from, now,
                why);
        BinlogReaderOptions options = new BinlogReaderOptions(1024, Duration.ofSeconds(5), config.connectTimeout(),
                Duration.ofMillis(200), Duration.ofMinutes(1));
        try (BinlogReader reader = new BinlogReader(SourceConnections.binlogSettings(config), options)) {
            reader.start(from);
            Instant deadline = Instant.now().plus(SCAN_LIMIT);
            Instant lastEvent = Instant.now();
            while (true) {
                BinlogEvent event = reader.poll(Duration.ofSeconds(1));
                if (event == null) {
                    if (Instant.now().isAfter(lastEvent.plus(IDLE_LIMIT)) || Instant.now().isAfter(deadline)) {
                        throw new ConnectException("Could not read the binlog from the stored offset " + from
                                + " up to " + now + " to check it for DDL on captured tables (" + why + ")");
                    }
                    continue;
                }
                lastEvent = Instant.now();
                if (event instanceof DdlStatement ddl) {
                    check(ddl, scratch);
                }
                if (PositionOrder.atOrBefore(now, event.position())) {
                    return Set.copyOf(createdSince);
                }
            }
        }
    }

    private void check(DdlStatement ddl, SourceSchemaRegistry scratch) {
        DdlOutcome outcome;
        try {
            outcome = scratch.applyDdl(ddl.database(), ddl.sql());
        } catch (RuntimeException e) {
            LOG.warn("Cannot parse the statement at {} while checking for DDL; it is ignored, as the stream ignores "
                    + "it: {} ({})", ddl.position(), ddl.sql(), e.getMessage());
            return;
        }
        Set<TableId> touched = new HashSet<>(outcome.changed());
        touched.addAll(outcome.removed());
        Set<TableId> created = new HashSet<>();
        for (SchemaChange change : outcome.schemaChanges()) {
            if (change.type() == SchemaChangeEventType.CREATE && change.table() != null) {
                created.add(change.table().id());
            }
        }
        for (TableId table : touched) {
            if (!watched.test(table) || createdSince.contains(table)) {
                continue;
            }
            if (created.contains(table)) {
                createdSince.add(table);
                continue;
            }
            throw new ConnectException(message(table, ddl));
        }
    }

    private String message(TableId table, DdlStatement ddl) {
        BinlogPosition at = ddl.position();
        String where = at.transactionGtid().map(gtid -> "GTID " + gtid)
                .orElse("binlog " + at.file().orElse("?") + ":" + at.pos());
        return "The captured table " + table.catalog() + "." + table.table() + " was changed by a DDL statement "
                + "after the connector's stored offset (" + where + ": " + ddl.sql().strip() + "), and " + why
                + ". Today's definition of the table cannot decode the rows logged before that statement, so the "
                + "task stops rather than emit wrongly decoded rows. To fix: " + fix;
    }
}
