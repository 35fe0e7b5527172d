package io.dtle.source.history;

import io.dtle.source.binlog.BinlogPosition;
import io.dtle.source.schema.AppliedDdl;
import io.dtle.source.schema.SourceSchemaRegistry;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.connect.errors.ConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema history in a Kafka topic, written by the task's own producer (acks=all, idempotent) one entry at a
 * time and synchronously: an entry is stored before any record that depends on it leaves the task. Entries are
 * keyed by the connector's topic prefix; entries of other keys in a shared topic are ignored.
 */
public final class KafkaSchemaHistory implements SchemaHistory {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaSchemaHistory.class);
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HistoryClients clients;
    private final String bootstrapServers;
    private final String topic;
    private final String key;
    private final Set<HistoryEntry> ahead = new HashSet<>();
    private KafkaProducer<String, String> producer;
    private boolean topicReady;

    public KafkaSchemaHistory(HistoryClients clients, String topic, String key) {
        this.clients = clients;
        this.bootstrapServers = clients.bootstrapServers();
        this.topic = topic;
        this.key = key;
    }

    @Override
    public boolean isKept() {
        return true;
    }

    @Override
    public boolean recover(BinlogPosition at, SourceSchemaRegistry registry) {
        ensureTopic();
        List<HistoryEntry> entries = HistoryTopicReader.read(clients, topic, key, TIMEOUT);
        Optional<HistoryReplay> replay = HistoryReplay.plan(entries, at);
        if (replay.isEmpty()) {
            LOG.info("The schema history topic {} has no baseline at or before {} ({} entries)", topic, at,
                    entries.size());
            return false;
        }
        for (AppliedDdl statement : replay.get().statements()) {
            try {
                statement.applyTo(registry);
            } catch (RuntimeException e) {
                throw new ConnectException("Cannot replay the schema history entry '" + statement.ddl()
                        + "' (database '" + statement.database() + "') of topic " + topic + ": " + e.getMessage(), e);
            }
        }
        ahead.addAll(replay.get().ahead());
        LOG.info("Rebuilt the table definitions at {} from the schema history topic {}: a baseline and {} DDL "
                + "statements ({} later entries left to the stream)", at, topic, replay.get().ddlCount(),
                replay.get().ahead().size());
        return true;
    }

    @Override
    public void recordBaseline(BinlogPosition at, List<AppliedDdl> statements) {
        write(HistoryEntry.baseline(at, statements));
    }

    @Override
    public void recordDdl(BinlogPosition after, AppliedDdl statement) {
        HistoryEntry entry = HistoryEntry.ddl(after, statement);
        if (ahead.remove(entry)) {
            return; // written before the restart; the stream reached it again
        }
        write(entry);
    }

    private void write(HistoryEntry entry) {
        ensureTopic();
        if (producer == null) {
            producer = new KafkaProducer<>(clients.producer(key), new StringSerializer(),
                    new StringSerializer());
        }
        try {
            producer.send(new ProducerRecord<>(topic, 0, key, HistoryEntryCodec.encode(entry)))
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("Interrupted while writing to the schema history topic " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            // Fatal, not retriable: the statement is already applied and its records must not go out unrecorded.
            throw HistoryTopic.failure("write to", topic, bootstrapServers, cause);
        }
    }

    private void ensureTopic() {
        if (!topicReady) {
            HistoryTopic.ensure(clients, topic, TIMEOUT);
            topicReady = true;
        }
    }

    @Override
    public String describe() {
        return "schema history topic " + topic + " at " + bootstrapServers;
    }

    @Override
    public void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(10));
            producer = null;
        }
    }
}
