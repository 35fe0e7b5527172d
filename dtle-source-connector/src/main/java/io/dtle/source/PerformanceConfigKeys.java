package io.dtle.source;

import io.dtle.common.config.OwnConversion;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;

/** Keys of the "Performance" group: chunk, queue and batch sizes. */
public final class PerformanceConfigKeys {
    public static final String GROUP = "Performance";

    public static final String SNAPSHOT_CHUNK_SIZE_CONFIG = "snapshot.chunk.size";
    public static final int SNAPSHOT_CHUNK_SIZE_DEFAULT = 2000;
    public static final String SNAPSHOT_CHUNK_SIZE_DOC = "Rows the snapshot reads per primary-key range query "
            + "(dtle's ChunkSize). A restarted snapshot resumes after the last chunk it emitted.";

    public static final String SNAPSHOT_FETCH_SIZE_CONFIG = "snapshot.fetch.size";
    public static final int SNAPSHOT_FETCH_SIZE_DEFAULT = 0;
    public static final String SNAPSHOT_FETCH_SIZE_DOC = "Rows the driver fetches per round trip while reading a "
            + "snapshot chunk; 0, the default, reads each chunk in one result set, whose size snapshot.chunk.size "
            + "already bounds.";

    public static final String MAX_QUEUE_SIZE_CONFIG = "max.queue.size";
    public static final int MAX_QUEUE_SIZE_DEFAULT = 8192;
    public static final String MAX_QUEUE_SIZE_DOC = "Binlog events the connector reads ahead of "
            + "building records, and again records it builds ahead of handing them to Kafka Connect (dtle's "
            + "ReplChanBufferSize counted in records); reading pauses when either is full. Must be larger than "
            + "max.batch.size.";

    public static final String MAX_BATCH_SIZE_CONFIG = "max.batch.size";
    public static final int MAX_BATCH_SIZE_DEFAULT = 2048;
    public static final String MAX_BATCH_SIZE_DOC = "Most records returned by one poll of the task.";

    public static final String POLL_INTERVAL_MS_CONFIG = "poll.interval.ms";
    public static final int POLL_INTERVAL_MS_DEFAULT = 500;
    public static final String POLL_INTERVAL_MS_DOC = "Milliseconds a poll waits for records when the queue is "
            + "empty, before returning none.";

    public static final String RECORD_CONVERTER_CONFIG = OwnConversion.CONVERTER_CONFIG;
    public static final String RECORD_CONVERTER_DOC = "A Converter class (e.g. "
            + "io.dtle.common.json.SchemaCachingJsonConverter, JsonConverter's bytes, or "
            + "org.apache.kafka.connect.json.JsonConverter) the connector applies itself to every record's key and "
            + "value, on record.converter.threads threads of its own, instead of leaving it to Connect's single "
            + "task thread, where conversion is the bottleneck. Set this connector's key.converter and "
            + "value.converter to org.apache.kafka.connect.converters.ByteArrayConverter with it, and no "
            + "transforms (they would see bytes). Keys starting with 'record.converter.' configure it, e.g. "
            + "record.converter.schemas.enable=false. The bytes on the topic are the same as with that converter "
            + "set as value.converter. Empty (the default): Connect converts.";

    public static final String RECORD_CONVERTER_THREADS_CONFIG = OwnConversion.THREADS_CONFIG;
    public static final int RECORD_CONVERTER_THREADS_DEFAULT = OwnConversion.THREADS_DEFAULT;
    public static final String RECORD_CONVERTER_THREADS_DOC = "Threads converting records when record.converter is "
            + "set; batches are converted side by side and sent in their order.";

    private PerformanceConfigKeys() {
    }

    static void define(ConfigDef def) {
        int order = 0;
        def.define(SNAPSHOT_CHUNK_SIZE_CONFIG, Type.INT, SNAPSHOT_CHUNK_SIZE_DEFAULT, ConfigDef.Range.atLeast(1),
                        Importance.MEDIUM, SNAPSHOT_CHUNK_SIZE_DOC, GROUP, ++order, Width.SHORT, "Snapshot chunk size")
                .define(SNAPSHOT_FETCH_SIZE_CONFIG, Type.INT, SNAPSHOT_FETCH_SIZE_DEFAULT, ConfigDef.Range.atLeast(0),
                        Importance.LOW, SNAPSHOT_FETCH_SIZE_DOC, GROUP, ++order, Width.SHORT, "Snapshot fetch size")
                .define(MAX_QUEUE_SIZE_CONFIG, Type.INT, MAX_QUEUE_SIZE_DEFAULT, ConfigDef.Range.atLeast(2),
                        Importance.LOW, MAX_QUEUE_SIZE_DOC, GROUP, ++order, Width.SHORT, "Queue size")
                .define(MAX_BATCH_SIZE_CONFIG, Type.INT, MAX_BATCH_SIZE_DEFAULT, ConfigDef.Range.atLeast(1),
                        Importance.LOW, MAX_BATCH_SIZE_DOC, GROUP, ++order, Width.SHORT, "Batch size")
                .define(POLL_INTERVAL_MS_CONFIG, Type.INT, POLL_INTERVAL_MS_DEFAULT, ConfigDef.Range.atLeast(1),
                        Importance.LOW, POLL_INTERVAL_MS_DOC, GROUP, ++order, Width.SHORT, "Poll interval (ms)")
                .define(RECORD_CONVERTER_CONFIG, Type.CLASS, null, OwnConversion.CONVERTER_CLASS,
                        Importance.LOW, RECORD_CONVERTER_DOC, GROUP, ++order, Width.LONG, "Record converter")
                .define(RECORD_CONVERTER_THREADS_CONFIG, Type.INT, RECORD_CONVERTER_THREADS_DEFAULT,
                        ConfigDef.Range.atLeast(1), Importance.LOW, RECORD_CONVERTER_THREADS_DOC, GROUP, ++order,
                        Width.SHORT, "Record converter threads");
    }
}
