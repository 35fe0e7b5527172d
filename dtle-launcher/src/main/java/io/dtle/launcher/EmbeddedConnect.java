package io.dtle.launcher;

import io.dtle.common.json.SchemaCachingJsonConverter;
import io.dtle.source.ProducerTuning;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.connect.cli.ConnectDistributed;
import org.apache.kafka.connect.runtime.Connect;
import org.apache.kafka.connect.runtime.distributed.DistributedHerder;

/**
 * One Kafka Connect worker in distributed mode in this process. Its connector configs, offsets and statuses live
 * in Kafka topics, so a restart on the same broker data resumes every connector where it stopped. The plugins are
 * on the launcher's class path, found through their META-INF/services entries.
 */
final class EmbeddedConnect implements AutoCloseable {
    private final Connect<DistributedHerder> connect;
    private final URI restUrl;

    private EmbeddedConnect(Connect<DistributedHerder> connect, URI restUrl) {
        this.connect = connect;
        this.restUrl = restUrl;
    }

    static EmbeddedConnect start(String bootstrapServers, int restPort) {
        if (!FreePorts.isFree(restPort)) {
            throw new IllegalStateException("port " + restPort + " for Connect's REST API is taken; choose another "
                    + "with --rest-port, or use the cluster that listens there with --connect-url");
        }
        Connect<DistributedHerder> connect = new ConnectDistributed().startConnect(config(bootstrapServers, restPort));
        return new EmbeddedConnect(connect, URI.create("http://127.0.0.1:" + restPort + "/"));
    }

    URI restUrl() {
        return restUrl;
    }

    @Override
    public void close() {
        connect.stop();
        connect.awaitStop();
    }

    static Map<String, String> config(String bootstrapServers, int restPort) {
        Map<String, String> config = new HashMap<>();
        config.put("bootstrap.servers", bootstrapServers);
        config.put("group.id", "dtle");
        config.put("config.storage.topic", "dtle-connect-configs");
        config.put("offset.storage.topic", "dtle-connect-offsets");
        config.put("status.storage.topic", "dtle-connect-statuses");
        config.put("config.storage.replication.factor", "1");
        config.put("offset.storage.replication.factor", "1");
        config.put("status.storage.replication.factor", "1");
        // JsonConverter's format, each schema written and read once (docs/SOURCE.md, "Converters")
        config.put("key.converter", SchemaCachingJsonConverter.class.getName());
        config.put("value.converter", SchemaCachingJsonConverter.class.getName());
        config.put("listeners", "http://127.0.0.1:" + restPort);
        config.put("rest.advertised.host.name", "127.0.0.1");
        config.put("rest.advertised.port", Integer.toString(restPort));
        config.put("plugin.discovery", "service_load");
        // Source connectors from --configs files get the batching they are benchmarked with, too.
        config.putAll(ProducerTuning.workerDefaults());
        // Commit source offsets often, so a stop loses little work to redo.
        config.put("offset.flush.interval.ms", "2000");
        // The only worker comes back with a new member id after a restart: give its old tasks back at once
        // instead of waiting five minutes for it.
        config.put("scheduled.rebalance.max.delay.ms", "0");
        return config;
    }
}
