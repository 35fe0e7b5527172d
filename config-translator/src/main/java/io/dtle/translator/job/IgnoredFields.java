package io.dtle.translator.job;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** dtle job fields that have no counterpart in Kafka Connect, each with the reason it is safe to drop. */
public final class IgnoredFields {
    private static final String NATS = "dtle's NATS link limit; Kafka is the link here, tune it with producer.override.* "
            + "and the broker's message.max.bytes";
    private static final Map<String, String> REASONS = reasons();

    private IgnoredFields() {
    }

    /** The reason a field is dropped, or empty when the field is not one of them; matched ignoring case. */
    public static Optional<String> reasonFor(String field) {
        return Optional.ofNullable(REASONS.get(field.toLowerCase(Locale.ROOT)));
    }

    private static Map<String, String> reasons() {
        Map<String, String> r = new TreeMap<>();
        r.put("NodeId", "Kafka Connect places tasks on its workers; pin nothing");
        r.put("NodeID", "Kafka Connect places tasks on its workers; pin nothing");
        r.put("NodeName", "Kafka Connect places tasks on its workers; pin nothing");
        r.put("Failover", "Kafka Connect always moves the tasks of a lost worker to the others");
        r.put("ID", "Kafka Connect identifies connectors by name; they are named after the job's Name");
        r.put("Datacenters", "Kafka Connect places tasks on its workers");
        r.put("Region", "Kafka Connect places tasks on its workers");
        r.put("Type", "a Nomad job type; Kafka Connect runs every connector as a service");
        r.put("ApproveHeterogeneous", "the sink always applies changes as SQL statements");
        r.put("ExpandSyntaxSupport", "statements on users, grants, procedures and functions are not replicated");
        r.put("ReplChanBufferSize", "dtle counts transactions, the source's max.queue.size counts records; "
                + "its default fits, set max.queue.size yourself to change it");
        r.put("MsgBytesLimit", NATS);
        r.put("MsgsLimit", NATS);
        r.put("BytesLimit", NATS);
        r.put("NatsAddr", NATS);
        r.put("TrafficAgainstLimits", NATS);
        r.put("BinlogRelay", "the source reads the binlog directly and resumes from Kafka Connect offsets");
        r.put("SkipPrivilegeCheck", "the connectors check privileges when they start");
        r.put("WaitOnJob", "start the connectors in the order you need");
        r.put("NBulkInsert", "the sink's batch.size sets rows per statement");
        r.put("SlaveNetWriteTimeout", "the source keeps its binlog connection alive with heartbeats");
        r.put("DependencyHistorySize", "the sink schedules parallel apply from MySQL's logical clock");
        r.put("UseMySQLDependency", "the sink schedules parallel apply from MySQL's logical clock");
        r.put("ReplicateIndex", "dtle bookkeeping, not configuration");
        r.put("ConfigLock", "dtle bookkeeping, not configuration");
        r.put("Constraints", "Kafka Connect places tasks on its workers");
        r.put("Leader", "dtle bookkeeping, not configuration");
        r.put("TimeZone", "temporal values are written in Debezium's time types, which carry no zone");
        Map<String, String> byLowerCase = new TreeMap<>();
        r.forEach((k, v) -> byLowerCase.put(k.toLowerCase(Locale.ROOT), v));
        return Map.copyOf(byLowerCase);
    }
}
