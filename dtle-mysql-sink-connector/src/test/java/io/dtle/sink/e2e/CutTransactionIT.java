package io.dtle.sink.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.testing.ConnectCluster;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.TopicRecords;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/**
 * Issue 5 (found by BidirectionalIT's killed worker): a source task killed in the middle of writing a transaction
 * leaves it without its END in the ordered topic, then, restarted from its last committed offset, repeats earlier
 * transactions and sends the cut one again whole. The sink drops the cut transaction instead of failing, and the
 * target ends equal to the source. The topic is the real source's records, replayed in that order.
 */
class CutTransactionIT {
    @Test
    void aTransactionCutByASourceRestartIsDroppedAndAppliedWhenSentAgain() {
        try (LocalMySqlServer source = LocalMySqlServer.mysql(); LocalMySqlServer target = LocalMySqlServer.mysql();
             ConnectCluster connect = ConnectCluster.builder().workers(1).start()) {
            source.execute("CREATE DATABASE cut", "CREATE TABLE cut.t (id INT PRIMARY KEY, v INT)");
            Schemas.copy(source, target, "cut.t");
            Map<String, String> sourceConfig = Jobs.source(source, "cut", "cut");
            sourceConfig.put("snapshot.mode", "no_data");
            connect.createConnector("cut-src", sourceConfig);
            Jobs.awaitRunning(connect, "cut-src");
            source.execute("INSERT INTO cut.t VALUES (1, 1)");
            source.execute("BEGIN", "INSERT INTO cut.t VALUES (2, 2)", "INSERT INTO cut.t VALUES (3, 3)", "COMMIT");
            List<ConsumerRecord<byte[], byte[]>> written = connect.awaitRecords("cut.ordered", 7);
            assertThat(TopicRecords.of(written)).extracting(TopicRecords::shortForm)
                    .containsExactly("BEGIN", "c:1", "END", "BEGIN", "c:2", "c:3", "END");

            // First transaction, the second cut after its first row, then the restarted source's repeat of both.
            List<ConsumerRecord<byte[], byte[]>> replay = new ArrayList<>(written.subList(0, 5));
            replay.addAll(written);
            connect.createTopic("replay.ordered", 1);
            produce(connect, "replay.ordered", replay);
            connect.createConnector("replay-dst", Jobs.sink(target, "replay"));
            Jobs.awaitRunning(connect, "replay-dst");
            Jobs.awaitEqual(source, target, Duration.ofSeconds(60), "cut.t");
        }
    }

    private static void produce(ConnectCluster connect, String topic, List<ConsumerRecord<byte[], byte[]>> records) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, connect.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config)) {
            for (ConsumerRecord<byte[], byte[]> record : records) {
                producer.send(new ProducerRecord<>(topic, 0, record.key(), record.value(), record.headers()));
            }
            producer.flush();
        }
    }
}
