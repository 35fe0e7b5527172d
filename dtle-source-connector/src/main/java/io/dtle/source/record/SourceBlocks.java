package io.dtle.source.record;

import io.debezium.connector.mysql.MySqlConnectorConfig;
import io.debezium.connector.mysql.SourceInfo;
import io.debezium.relational.TableId;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import java.util.Set;

/**
 * Builds the envelope's {@code source} block through Debezium's own SourceInfo and its
 * MySQL struct maker, so the schema ({@code io.debezium.connector.mysql.Source}), the
 * field order and the optional-field rules are exactly Debezium's.
 */
final class SourceBlocks {

    private final MySqlConnectorConfig config;

    SourceBlocks(MySqlConnectorConfig config) {
        this.config = config;
    }

    Schema schema() {
        return config.getSourceInfoStructMaker().schema();
    }

    Struct struct(SourcePosition at) {
        return struct(at, Set.of(new TableId(at.database(), null, at.table())));
    }

    /** For schema changes: the statement's database and every table its events touch (maybe none). */
    Struct struct(SourcePosition at, Set<TableId> tables) {
        SourceInfo info = new SourceInfo(config);
        info.setBinlogServerId(at.serverId());
        info.startGtid(at.gtid());
        info.setBinlogPosition(at.file(), at.pos());
        info.setEventPosition(at.pos());
        info.setRowNumber(at.row());
        info.setSourceTime(at.sourceTime());
        info.setSnapshot(at.snapshot());
        if (at.thread() != null) {
            info.setBinlogThread(at.thread());
        }
        info.databaseEvent(at.database());
        info.tableEvent(tables);
        return info.struct();
    }
}
