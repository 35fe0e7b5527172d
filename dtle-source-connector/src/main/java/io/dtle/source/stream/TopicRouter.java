package io.dtle.source.stream;

import io.dtle.common.record.TopicNames;
import io.dtle.source.TopicRouting;

/**
 * The topic of each kind of record. In 'table' routing: {@code <prefix>.<db>.<table>} for rows, {@code <prefix>}
 * for schema changes and {@code <prefix>.transaction} for BEGIN/END markers, as Debezium names them. In 'ordered'
 * routing every row, schema change and marker goes to {@code <prefix>.ordered} (one partition, binlog order).
 * Heartbeats go to Debezium's {@code __debezium-heartbeat.<prefix>} in both.
 */
public final class TopicRouter {
    private final String prefix;
    private final boolean ordered;

    public TopicRouter(String prefix, TopicRouting routing) {
        this.prefix = prefix;
        this.ordered = routing == TopicRouting.ORDERED;
    }

    public boolean ordered() {
        return ordered;
    }

    public String rows(String database, String table) {
        return ordered ? TopicNames.orderedTopic(prefix) : TopicNames.tableTopic(prefix, database, table);
    }

    public String schemaChanges() {
        return ordered ? TopicNames.orderedTopic(prefix) : TopicNames.schemaChangeTopic(prefix);
    }

    public String transactions() {
        return ordered ? TopicNames.orderedTopic(prefix) : TopicNames.transactionTopic(prefix);
    }

    public String heartbeats() {
        return "__debezium-heartbeat." + prefix;
    }

    public String prefix() {
        return prefix;
    }
}
