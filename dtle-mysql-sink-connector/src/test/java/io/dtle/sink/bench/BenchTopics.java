package io.dtle.sink.bench;

import io.dtle.sink.e2e.Jobs;
import io.dtle.testing.Await;
import io.dtle.testing.ConnectCluster;
import io.dtle.testing.LocalMySqlServer;
import java.time.Duration;
import java.util.Map;

/**
 * Makes a workload's topics once, with the dtle source: the ordered topic the dtle sink reads and the per-table topic
 * Debezium's JDBC sink reads. The source connectors are deleted before any sink runs, so they take no CPU from it.
 */
public final class BenchTopics {
    private static final Duration TIMEOUT = Duration.ofMinutes(30);
    /** Fast, compressed production: the topics are made once and are not what is measured. */
    private static final Map<String, String> PRODUCER = Map.of("producer.override.batch.size", "1048576",
            "producer.override.linger.ms", "20", "producer.override.compression.type", "lz4");

    private final LocalMySqlServer source;
    private final ConnectCluster connect;

    public BenchTopics(LocalMySqlServer source, ConnectCluster connect) {
        this.source = source;
        this.connect = connect;
    }

    /** The prefix of the ordered topic {@code <prefix>.ordered}. */
    public static String orderedPrefix(Workload workload) {
        return "o_" + workload.database();
    }

    /** The per-table topic. */
    static String tableTopic(Workload workload) {
        return "t_" + workload.database() + "." + workload.table();
    }

    /**
     * Produces both topics. {@code startGtid} is the source's executed set before the workload's CREATE DATABASE (the
     * topics then carry its DDL and transactions), or null for a full copy, which snapshots the table.
     */
    void produce(Workload workload, String startGtid) {
        long start = System.nanoTime();
        String ordered = orderedPrefix(workload);
        String table = "t_" + workload.database();
        connect.createConnector(ordered, sourceConfig(workload, ordered, "ordered", startGtid));
        connect.createConnector(table, sourceConfig(workload, table, "table", startGtid));
        awaitOrdered(workload, ordered);
        awaitComplete(tableTopic(workload), workload.rows());
        connect.deleteConnector(ordered);
        connect.deleteConnector(table);
        System.out.printf("%s: topics %s.ordered (%,d records) and %s (%,d) made in %.1f s%n", workload.label(),
                ordered, connect.endOffset(ordered + ".ordered"), tableTopic(workload),
                connect.endOffset(tableTopic(workload)), (System.nanoTime() - start) / 1e9);
    }

    /** Produces only the ordered topic, the one dtle sinks read. */
    public void produceOrdered(Workload workload, String startGtid) {
        long start = System.nanoTime();
        String ordered = orderedPrefix(workload);
        connect.createConnector(ordered, sourceConfig(workload, ordered, "ordered", startGtid));
        awaitOrdered(workload, ordered);
        connect.deleteConnector(ordered);
        System.out.printf("%s: topic %s.ordered (%,d records) made in %.1f s%n", workload.label(), ordered,
                connect.endOffset(ordered + ".ordered"), (System.nanoTime() - start) / 1e9);
    }

    /** Ordered: every row, plus BEGIN/END per transaction; DDL records and markers may add a few more. */
    private void awaitOrdered(Workload workload, String prefix) {
        awaitComplete(prefix + ".ordered", workload.rows() + 2L * workload.transactions());
    }

    /**
     * The dtle source's config for the workload's database under topic prefix {@code prefix}, topic routing
     * {@code routing}, streaming the transactions after {@code startGtid} (null: a snapshot first), with fast
     * compressed production.
     */
    public Map<String, String> sourceConfig(Workload workload, String prefix, String routing, String startGtid) {
        Map<String, String> config = Jobs.source(source, prefix, workload.database());
        config.put("topic.routing", routing);
        if (startGtid != null && startGtid.isEmpty()) {
            // A fresh server has executed nothing, and an empty start.gtid means none (a snapshot first).
            config.put("start.gtid.first", source.queryString("SELECT @@server_uuid") + ":1");
        } else if (startGtid != null) {
            config.put("start.gtid", startGtid);
        }
        config.putAll(PRODUCER);
        return config;
    }

    /** Waits until the topic has at least {@code minimum} records and has not grown for three seconds. */
    private void awaitComplete(String topic, long minimum) {
        long[] last = {-1, System.nanoTime()};
        Await.until(topic + " to hold at least " + minimum + " records and stop growing", TIMEOUT, () -> {
            long offset = connect.endOffset(topic);
            if (offset != last[0]) {
                last[0] = offset;
                last[1] = System.nanoTime();
                return false;
            }
            return offset >= minimum && System.nanoTime() - last[1] > Duration.ofSeconds(3).toNanos();
        }, () -> last[0] + " records");
    }
}
