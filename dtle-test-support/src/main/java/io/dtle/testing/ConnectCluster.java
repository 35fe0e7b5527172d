package io.dtle.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.connect.runtime.rest.entities.ConfigInfos;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorStateInfo;
import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;
import org.apache.kafka.connect.util.clusters.WorkerHandle;

/**
 * A Kafka broker (KRaft) and Connect workers in distributed mode inside this JVM, over Kafka's own
 * {@link EmbeddedConnectCluster}; the only class of the project that touches it. Plugins are found on the
 * class path through their META-INF/services entries.
 *
 * <pre>{@code
 * try (ConnectCluster connect = ConnectCluster.builder().workers(2).start()) {
 *     connect.createConnector("job", config);
 *     connect.awaitRunning("job", 1);
 * }
 * }</pre>
 */
public final class ConnectCluster implements AutoCloseable {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(90);

    private final EmbeddedConnectCluster cluster;
    private final Map<String, String> workerProperties;
    private final List<ProcessWorker> processWorkers = new ArrayList<>();
    private final Duration startupTime;

    private ConnectCluster(EmbeddedConnectCluster cluster, Map<String, String> workerProperties) {
        this.cluster = cluster;
        this.workerProperties = workerProperties;
        long started = System.nanoTime();
        cluster.start();
        Await.until("every Connect worker to answer REST calls", DEFAULT_TIMEOUT, cluster::allWorkersHealthy);
        this.startupTime = Duration.ofNanos(System.nanoTime() - started);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** How long the broker and the workers took to start and answer. */
    public Duration startupTime() {
        return startupTime;
    }

    public String kafkaBootstrapServers() {
        return cluster.kafka().bootstrapServers();
    }

    /** The REST URL of one running worker, e.g. {@code http://localhost:40123/}. */
    public String restUrl() {
        return cluster.workers().iterator().next().url().toString();
    }

    public void createConnector(String name, Map<String, String> config) {
        cluster.configureConnector(name, new HashMap<>(config));
    }

    public void deleteConnector(String name) {
        cluster.deleteConnector(name);
    }

    public ConfigInfos validate(String connectorClass, Map<String, String> config) {
        return cluster.validateConnectorConfig(connectorClass, new HashMap<>(config));
    }

    public ConnectorStateInfo status(String name) {
        return cluster.connectorStatus(name);
    }

    /** Waits until the connector and exactly {@code tasks} tasks run; fails with the last status (and traces) seen. */
    public void awaitRunning(String name, int tasks) {
        Await.until("connector " + name + " and " + tasks + " task(s) to run", DEFAULT_TIMEOUT,
                () -> isRunning(cluster.connectorStatus(name), tasks), () -> describe(name));
    }

    /** Waits until the connector or one of its tasks has failed, and returns the trace Connect reported. */
    public String awaitFailure(String name) {
        Await.until("connector " + name + " or one of its tasks to fail", DEFAULT_TIMEOUT,
                () -> failureTrace(cluster.connectorStatus(name)) != null, () -> describe(name));
        return failureTrace(cluster.connectorStatus(name));
    }

    /** Stops the connector and its tasks, keeping its config and offsets ({@code PUT /connectors/{name}/stop}). */
    public void stopConnector(String name) {
        cluster.stopConnector(name);
    }

    /** Pauses connector {@code name} ({@code PUT /connectors/{name}/pause}) and waits until its tasks are PAUSED. */
    public void pauseConnector(String name) {
        cluster.pauseConnector(name);
        Await.until(name + " paused", DEFAULT_TIMEOUT,
                () -> status(name).tasks().stream().allMatch(task -> task.state().equals("PAUSED")),
                () -> status(name).tasks().toString());
    }

    /** Starts a stopped or paused connector again ({@code PUT /connectors/{name}/resume}). */
    public void resumeConnector(String name) {
        cluster.resumeConnector(name);
    }

    /** Restarts a task, as {@code POST /connectors/{name}/tasks/{task}/restart} does (e.g. after fixing its cause). */
    public void restartTask(String name, int task) {
        cluster.restartTask(name, task);
    }


    public void createTopic(String topic, int partitions) {
        cluster.kafka().createTopic(topic, partitions);
    }

    /**
     * Every record of {@code topic} up to its end offsets at the time of the call; none while the topic does not
     * exist yet (connectors create their topics with their first record), so polling callers need not wait for it.
     */
    public List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
        try {
            return toList(cluster.kafka().consumeAll(DEFAULT_TIMEOUT.toMillis(), topic));
        } catch (Exception e) {
            if (isUnknownTopic(e)) {
                return List.of();
            }
            throw new AssertionError("reading topic " + topic + " failed: " + e, e);
        }
    }

    /**
     * Every record of {@code topic} that a consumer with {@code isolation.level=read_committed} sees, up to the last
     * stable offset at the time of the call: records of aborted transactions (a killed exactly-once task's) and of
     * still open ones are left out, and so is any transaction committed after the call. {@link #readAll} reads
     * uncommitted, so it returns those too. None while the topic does not exist yet.
     */
    public List<ConsumerRecord<byte[], byte[]>> readCommitted(String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = readCommittedConsumer()) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            if (partitions.isEmpty()) {
                return List.of();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            // For a read_committed consumer these are the last stable offsets.
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, DEFAULT_TIMEOUT);
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            Await.until("reading " + topic + " committed up to " + end, DEFAULT_TIMEOUT, () -> {
                // Poll while records come, rather than once per Await round.
                ConsumerRecords<byte[], byte[]> batch;
                do {
                    batch = consumer.poll(Duration.ofMillis(200));
                    // A transaction committed since the call may be read in part: stop at the stable offset.
                    batch.forEach(r -> {
                        if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                            records.add(r);
                        }
                    });
                } while (!batch.isEmpty());
                return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
            }, () -> records.size() + " records read");
            return records;
        }
    }

    /**
     * The last stable offsets of {@code topic}, summed over its partitions: what a read_committed consumer can read
     * up to. It equals {@link #endOffset} when no producer transaction is open on the topic.
     */
    public long committedEndOffset(String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = readCommittedConsumer()) {
            return consumer.endOffsets(partitions(consumer, topic), DEFAULT_TIMEOUT).values().stream()
                    .mapToLong(Long::longValue).sum();
        }
    }

    /**
     * The last record of partition 0 of {@code topic} that a read_committed consumer sees now, or null when none is
     * among the last {@code window} offsets (all of them aborted records and transaction markers, say). It reads only
     * that window, so a test can sample where the committed part of a topic ends while a producer writes.
     */
    public ConsumerRecord<byte[], byte[]> lastCommitted(String topic, int window) {
        try (KafkaConsumer<byte[], byte[]> consumer = readCommittedConsumer()) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            long stable = consumer.endOffsets(List.of(partition), DEFAULT_TIMEOUT).get(partition);
            consumer.seek(partition, Math.max(0, stable - window));
            ConsumerRecord<byte[], byte[]> last = null;
            long deadline = System.nanoTime() + DEFAULT_TIMEOUT.toNanos();
            while (consumer.position(partition) < stable && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() < stable) {
                        last = record;
                    }
                }
            }
            return last;
        }
    }

    private KafkaConsumer<byte[], byte[]> readCommittedConsumer() {
        return cluster.kafka().createConsumer(Map.of(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"));
    }

    private static List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer, String topic) {
        return consumer.partitionsFor(topic, DEFAULT_TIMEOUT).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
    }

    private static boolean isUnknownTopic(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UnknownTopicOrPartitionException) {
                return true;
            }
        }
        return false;
    }

    /** Waits until {@code topic} has at least {@code count} records and returns them. */
    public List<ConsumerRecord<byte[], byte[]>> awaitRecords(String topic, int count) {
        Await.until(count + " records in " + topic, DEFAULT_TIMEOUT, () -> endOffset(topic) >= count,
                () -> endOffset(topic) + " records so far");
        return readAll(topic);
    }

    /** The number of offsets written to {@code topic}, summed over its partitions (0 if it does not exist). */
    public long endOffset(String topic) {
        var description = cluster.kafka().describeTopics(topic).get(topic);
        if (description == null || description.isEmpty()) {
            return 0;
        }
        long sum = 0;
        for (var partition : description.get().partitions()) {
            try {
                sum += cluster.kafka().endOffset(new TopicPartition(topic, partition.partition()));
            } catch (Exception e) {
                throw new AssertionError("reading the end offset of " + topic + " failed: " + e, e);
            }
        }
        return sum;
    }

    public int workerCount() {
        return cluster.workers().size();
    }

    /** Stops one worker; its connectors and tasks move to the others after the rebalance delay. */
    public void stopWorker() {
        List<WorkerHandle> workers = new ArrayList<>(cluster.workers());
        if (workers.isEmpty()) {
            throw new IllegalStateException("no worker left to stop");
        }
        cluster.removeWorker(workers.get(0));
    }

    /** Starts one more worker in the same group. */
    public void addWorker() {
        cluster.addWorker();
        Await.until("the new worker to answer REST calls", DEFAULT_TIMEOUT, cluster::allWorkersHealthy);
    }

    /** Stops a worker and starts a new one, as a rolling restart does. */
    public void restartWorker() {
        stopWorker();
        addWorker();
    }

    /**
     * Starts one more worker of this cluster in a child JVM, which a test can {@link ProcessWorker#kill()}
     * to crash it for real. It is stopped with the cluster.
     */
    public ProcessWorker startProcessWorker() {
        // Kafka's cluster filled in the group, the storage topics and the broker address when it started.
        ProcessWorker worker = ProcessWorker.start(workerProperties, LocalPorts.free());
        processWorkers.add(worker);
        return worker;
    }

    @Override
    public void close() {
        processWorkers.forEach(ProcessWorker::close);
        cluster.stop();
    }

    private String describe(String name) {
        try {
            ConnectorStateInfo status = cluster.connectorStatus(name);
            return "connector " + status.connector().state() + " on " + status.connector().workerId() + ", tasks "
                    + status.tasks().stream().map(t -> t.id() + ":" + t.state() + (t.trace() == null ? "" : " " + t.trace()))
                    .collect(Collectors.joining("; "));
        } catch (RuntimeException e) {
            return "no status (" + e.getMessage() + ")";
        }
    }

    private static boolean isRunning(ConnectorStateInfo status, int tasks) {
        return "RUNNING".equals(status.connector().state()) && status.tasks().size() == tasks
                && status.tasks().stream().allMatch(t -> "RUNNING".equals(t.state()));
    }

    private static String failureTrace(ConnectorStateInfo status) {
        if ("FAILED".equals(status.connector().state())) {
            return status.connector().trace();
        }
        return status.tasks().stream().filter(t -> "FAILED".equals(t.state())).map(ConnectorStateInfo.TaskState::trace)
                .findFirst().orElse(null);
    }

    private static List<ConsumerRecord<byte[], byte[]>> toList(ConsumerRecords<byte[], byte[]> records) {
        List<ConsumerRecord<byte[], byte[]>> list = new ArrayList<>();
        records.forEach(list::add);
        return list;
    }

    /** Sets up a {@link ConnectCluster}: worker count and worker or broker settings. */
    public static final class Builder {
        private int workers = 1;
        private String name = "dtle-test";
        // Kafka's cluster writes into this map, so it must stay mutable.
        private final Map<String, String> workerProperties = new HashMap<>(Map.of(
                "plugin.discovery", "service_load",
                "offset.flush.interval.ms", "1000",
                // A stopped worker's tasks move on after this delay rather than the default five minutes.
                "scheduled.rebalance.max.delay.ms", "3000"));
        private final Properties brokerProperties = new Properties();

        public Builder workers(int count) {
            this.workers = count;
            return this;
        }

        public Builder name(String clusterName) {
            this.name = clusterName;
            return this;
        }

        public Builder workerProperty(String key, String value) {
            workerProperties.put(key, value);
            return this;
        }

        public Builder brokerProperty(String key, String value) {
            brokerProperties.put(key, value);
            return this;
        }

        public ConnectCluster start() {
            EmbeddedConnectCluster cluster = new EmbeddedConnectCluster.Builder().name(name).numWorkers(workers)
                    .workerProps(workerProperties).brokerProps(brokerProperties).build();
            return new ConnectCluster(cluster, workerProperties);
        }
    }
}
