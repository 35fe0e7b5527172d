package io.dtle.translator.job;

import io.dtle.common.gtid.GtidSet;
import io.dtle.common.gtid.MariaDbGtidPosition;
import java.util.Optional;

/**
 * Reads the fields a dtle task Config may hold, in either format, into a job. Which server a plain
 * ConnectionConfig means depends on the task's side; SrcConnectionConfig and DestConnectionConfig (3.x/4.x)
 * say it themselves.
 */
final class TaskConfigReader {
    enum Side { SOURCE, DESTINATION }

    private TaskConfigReader() {
    }

    /** Reads every known field of {@code config}; the caller reports the rest once it has read its own. */
    static void read(JsonFields config, Side side, JobSpec.Builder job) {
        config.object("ConnectionConfig").map(EndpointReader::read).ifPresent(endpoint -> {
            if (side == Side.SOURCE) {
                job.source(endpoint);
            } else {
                job.mysqlTarget(endpoint);
            }
        });
        config.object("SrcConnectionConfig").map(EndpointReader::read).ifPresent(job::source);
        config.object("DestConnectionConfig").map(EndpointReader::read).ifPresent(job::mysqlTarget);
        config.object("KafkaConfig").ifPresent(kafka -> job.kafkaTarget(kafka(kafka, job)));
        job.include(SelectionReader.read(config.objects("ReplicateDoDb"), job));
        job.exclude(SelectionReader.read(config.objects("ReplicateIgnoreDb"), job));
        if (side == Side.SOURCE) {
            readStart(config, job);
        } else {
            noteStartOnDestination(config, job);
        }
        job.sqlFilter(config.strings("SqlFilter"));
        boolean twoWay = config.bool("TwoWaySync").orElse(false);
        Optional<String> twoWayGtid = config.text("TwoWaySyncGtid");
        twoWayGtid.ifPresent(gtid -> checkGtidSet(config.pathOf("TwoWaySyncGtid"), gtid));
        if (twoWay || twoWayGtid.isPresent()) {
            job.twoWaySync(twoWay, twoWayGtid.orElse(null));
        }
        readTunables(config, job);
    }

    /** A 3.x KafkaConfig object, or the Config of a 2.x Dest task with Driver Kafka (same field names). */
    static KafkaTarget kafka(JsonFields kafka, JobSpec.Builder job) {
        KafkaTarget target = new KafkaTarget(kafka.strings("Brokers"), kafka.text("Topic").orElse(null),
                kafka.bool("TopicWithSchemaTable").orElse(null), kafka.text("SchemaChangeTopic").orElse(null),
                kafka.text("Converter").orElse(null));
        if (target.brokers().isEmpty()) {
            throw new JobFileException(kafka.pathOf("Brokers"), "the Kafka destination has no Brokers",
                    "add \"Brokers\": [\"host:9092\"]");
        }
        if (target.topic() == null) {
            throw new JobFileException(kafka.pathOf("Topic"), "the Kafka destination has no Topic",
                    "add \"Topic\": \"<topic prefix>\"; tables go to <Topic>.<db>.<table>");
        }
        kafka.number("MessageGroupMaxSize").ifPresent(v -> job.tunable(Tunable.MessageGroupMaxSize, v));
        kafka.number("MessageGroupTimeout").ifPresent(v -> job.tunable(Tunable.MessageGroupTimeout, v));
        Unread.report(kafka, job);
        return target;
    }

    private static final String[] START_FIELDS = {"Gtid", "GtidStart", "AutoGtid", "BinlogFile", "BinlogPos",
        "SkipIncrementalCopy"};

    /** dtle echoes the source's Gtid into the Dest task; only the Src task's start counts. */
    private static void noteStartOnDestination(JsonFields config, JobSpec.Builder job) {
        for (String field : START_FIELDS) {
            if (config.has(field)) {
                config.markRead(field);
                job.note(config.pathOf(field), "a start position belongs to the Src task; the Dest task's is unused");
            }
        }
    }

    private static void readStart(JsonFields config, JobSpec.Builder job) {
        String gtid = config.text("Gtid").orElse(null);
        if (gtid != null) {
            checkGtidSet(config.pathOf("Gtid"), gtid);
        }
        String gtidStart = config.text("GtidStart").orElse(null);
        if (gtidStart != null) {
            checkGtidSet(config.pathOf("GtidStart"), gtidStart);
        }
        Boolean autoGtid = config.bool("AutoGtid").orElse(null);
        String binlogFile = config.text("BinlogFile").orElse(null);
        Long binlogPos = config.number("BinlogPos").orElse(null);
        Boolean skipIncremental = config.bool("SkipIncrementalCopy").orElse(null);
        job.start(new StartPoint(gtid, gtidStart, autoGtid, binlogFile, binlogPos, skipIncremental));
    }

    private static void readTunables(JsonFields config, JobSpec.Builder job) {
        for (Tunable tunable : Tunable.values()) {
            if (tunable.kind() == Tunable.Kind.BOOLEAN) {
                config.bool(tunable.name()).ifPresent(v -> job.tunable(tunable, v));
            } else if (tunable != Tunable.MessageGroupMaxSize && tunable != Tunable.MessageGroupTimeout) {
                config.number(tunable.name()).ifPresent(v -> job.tunable(tunable, v));
            }
        }
    }

    /** A MySQL GTID set ({@code uuid:1-5,...}) or a MariaDB position ({@code 0-1-42,...}). */
    static void checkGtidSet(String path, String text) {
        try {
            GtidSet.parse(text);
        } catch (IllegalArgumentException mysqlProblem) {
            try {
                MariaDbGtidPosition.parse(text);
            } catch (IllegalArgumentException mariaDbProblem) {
                throw new JobFileException(path, "\"" + text + "\" is not a GTID set: " + mysqlProblem.getMessage(),
                        "copy Executed_Gtid_Set from SHOW MASTER STATUS, such as "
                                + "\"3e11fa47-71ca-11e1-9e33-c80aa9429562:1-5\", or leave it empty for a full copy");
            }
        }
    }
}
