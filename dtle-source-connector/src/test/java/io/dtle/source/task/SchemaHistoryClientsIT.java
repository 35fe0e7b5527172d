package io.dtle.source.task;

import static io.dtle.source.task.DdlAcrossRestarts.awaitRows;
import static io.dtle.source.task.DdlAcrossRestarts.stop;
import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.testing.ConnectCluster;
import io.dtle.testing.LocalMySqlServer;
import java.lang.management.ManagementFactory;
import java.util.Map;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #3: schema.history.kafka.producer.* and .consumer.* reach the schema history's own Kafka clients, which is
 * how they talk to a secured Kafka. On this plaintext cluster the pass-through shows as the producer's client.id
 * (its JMX name in the worker's JVM, which is the test's) and as a consumer security setting the broker cannot
 * serve, which stops the task at its restart until it is removed.
 */
class SchemaHistoryClientsIT {
    @AutoClose
    private static LocalMySqlServer mysql;
    @AutoClose
    private static ConnectCluster connect;

    @BeforeAll
    static void start() {
        mysql = LocalMySqlServer.mysql();
        connect = ConnectCluster.builder().workers(1).name("dtle-history-clients").start();
    }

    @Test
    void producerAndConsumerSettingsArePassedThrough() {
        mysql.execute("CREATE DATABASE hc", "CREATE TABLE hc.t (id INT PRIMARY KEY, a VARCHAR(20))",
                "INSERT INTO hc.t VALUES (1, 'a1')");
        RowsAtTheirTime rows = new RowsAtTheirTime(mysql, "hc.t", "hc_check");
        Map<String, String> config = SourceConfigs.of(connect, mysql, "hc", "hc");
        config.put("schema.history.kafka.producer.client.id", "history-writer-it");
        connect.createConnector("history-clients", config);
        connect.awaitRunning("history-clients", 1);
        // A streamed row, so that the stored offset is a stream offset, whose restart reads the history.
        mysql.execute("INSERT INTO hc.t VALUES (2, 'a2')");
        awaitRows(connect, "hc.hc.t", 2);
        // The baseline was written before the first row: the producer exists under the configured id.
        assertThat(ManagementFactory.getPlatformMBeanServer().queryNames(producer("history-writer-it"), null))
                .hasSize(1);

        stop(connect, "history-clients");
        mysql.execute("INSERT INTO hc.t VALUES (3, 'a3')");
        config.put("schema.history.kafka.consumer.security.protocol", "SASL_PLAINTEXT");
        config.put("schema.history.kafka.consumer.sasl.mechanism", "PLAIN");
        connect.createConnector("history-clients", config);
        connect.resumeConnector("history-clients");
        String trace = connect.awaitFailure("history-clients");
        assertThat(trace).contains("schema history topic hc.schema-history", "JAAS");

        stop(connect, "history-clients");
        config.remove("schema.history.kafka.consumer.security.protocol");
        config.remove("schema.history.kafka.consumer.sasl.mechanism");
        connect.createConnector("history-clients", config);
        connect.resumeConnector("history-clients");
        connect.awaitRunning("history-clients", 1);
        mysql.execute("INSERT INTO hc.t VALUES (4, 'a4')");
        rows.keep("all", 1, 4);
        rows.assertRecordsMatch("all", 1, 4, awaitRows(connect, "hc.hc.t", 4));
    }

    private static ObjectName producer(String clientId) {
        try {
            return new ObjectName("kafka.producer:type=app-info,id=" + clientId);
        } catch (MalformedObjectNameException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
