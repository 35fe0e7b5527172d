package io.dtle.source;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;

/** Keys of the "Output" group: topics and the records written to them. */
public final class OutputConfigKeys {
    public static final String GROUP = "Output";

    public static final String TOPIC_PREFIX_CONFIG = "topic.prefix";
    public static final String TOPIC_PREFIX_DOC = "Prefix of every topic name and the logical name of the source "
            + "in records (dtle's Kafka Topic): table changes go to '<prefix>.<db>.<table>' and schema changes to "
            + "'<prefix>'. Letters, digits, '.', '_' and '-' only, at most "
            + ConfigValidators.MAX_TOPIC_PREFIX_LENGTH + " characters; changing it later starts new topics.";

    public static final String TOPIC_ROUTING_CONFIG = "topic.routing";
    public static final String TOPIC_ROUTING_DEFAULT = "table";
    public static final String TOPIC_ROUTING_DOC = "'table' writes each table's changes to its own topic, like "
            + "Debezium; 'ordered' writes every change, DDL event and transaction marker to one single-partition topic "
            + "in binlog order, which the dtle MySQL sink needs to replay whole transactions.";

    public static final String TOMBSTONES_ON_DELETE_CONFIG = "tombstones.on.delete";
    public static final boolean TOMBSTONES_ON_DELETE_DEFAULT = true;
    public static final String TOMBSTONES_ON_DELETE_DOC = "Whether each delete event is followed by a tombstone "
            + "(a record with the same key and a null value), as in Debezium, so log compaction can drop the row.";

    public static final String HEARTBEAT_INTERVAL_MS_CONFIG = "heartbeat.interval.ms";
    public static final int HEARTBEAT_INTERVAL_MS_DEFAULT = 10_000;
    public static final String HEARTBEAT_INTERVAL_MS_DOC = "Milliseconds between heartbeat records, which carry "
            + "the current binlog position so the committed offset advances while the captured tables are idle "
            + "and other tables fill the binlog; without them a restart could need binlogs the server has purged. "
            + "The default of 10 seconds costs one small record per interval; 0 disables heartbeats.";

    private OutputConfigKeys() {
    }

    static void define(ConfigDef def) {
        int order = 0;
        def.define(TOPIC_PREFIX_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, ConfigValidators.topicPrefix(),
                        Importance.HIGH, TOPIC_PREFIX_DOC, GROUP, ++order, Width.MEDIUM, "Topic prefix")
                .define(TOPIC_ROUTING_CONFIG, Type.STRING, TOPIC_ROUTING_DEFAULT,
                        ConfigValidators.oneOf(TopicRouting.names()), Importance.HIGH,
                        TOPIC_ROUTING_DOC, GROUP, ++order, Width.SHORT, "Topic routing")
                .define(TOMBSTONES_ON_DELETE_CONFIG, Type.BOOLEAN, TOMBSTONES_ON_DELETE_DEFAULT, null,
                        Importance.LOW, TOMBSTONES_ON_DELETE_DOC, GROUP, ++order, Width.SHORT, "Tombstones on delete")
                .define(HEARTBEAT_INTERVAL_MS_CONFIG, Type.INT, HEARTBEAT_INTERVAL_MS_DEFAULT,
                        ConfigDef.Range.atLeast(0), Importance.MEDIUM, HEARTBEAT_INTERVAL_MS_DOC, GROUP, ++order,
                        Width.SHORT, "Heartbeat interval (ms)");
    }
}
