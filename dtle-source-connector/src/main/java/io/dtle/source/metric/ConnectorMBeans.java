package io.dtle.source.metric;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.management.InstanceAlreadyExistsException;
import javax.management.InstanceNotFoundException;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers a task's snapshot and streaming metrics on the platform MBean server under Debezium's MySQL names,
 * {@code debezium.mysql:type=connector-metrics,context=snapshot|streaming,server=<topic.prefix>}, and removes them
 * when the task stops. When a restarted task starts before the old one has stopped (Connect does not order them),
 * the new task takes the names over and the old one's close leaves them alone.
 */
public final class ConnectorMBeans implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectorMBeans.class);
    /** Which task instance holds each name in this JVM. */
    private static final Map<ObjectName, ConnectorMBeans> OWNERS = new ConcurrentHashMap<>();

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    private final ObjectName snapshotName;
    private final ObjectName streamingName;
    private final SnapshotMetrics snapshot = new SnapshotMetrics();
    private final StreamingMetrics streaming = new StreamingMetrics();

    private ConnectorMBeans(String topicPrefix) {
        this.snapshotName = name("snapshot", topicPrefix);
        this.streamingName = name("streaming", topicPrefix);
    }

    /** Creates and registers the metrics of the task with this topic prefix. */
    public static ConnectorMBeans register(String topicPrefix) {
        ConnectorMBeans beans = new ConnectorMBeans(topicPrefix);
        beans.register(beans.snapshotName, beans.snapshot);
        beans.register(beans.streamingName, beans.streaming);
        return beans;
    }

    /** The MBean name of one context ({@code snapshot} or {@code streaming}) for a topic prefix. */
    public static ObjectName name(String context, String topicPrefix) {
        // Debezium leaves the prefix unquoted; only characters JMX reserves force quoting.
        String server = topicPrefix.matches("[^,=:\"*?\\n]*") ? topicPrefix : ObjectName.quote(topicPrefix);
        try {
            return new ObjectName("debezium.mysql:type=connector-metrics,context=" + context + ",server=" + server);
        } catch (MalformedObjectNameException e) {
            throw new IllegalArgumentException("topic.prefix " + topicPrefix + " cannot name an MBean", e);
        }
    }

    public SnapshotMetrics snapshot() {
        return snapshot;
    }

    public StreamingMetrics streaming() {
        return streaming;
    }

    private void register(ObjectName name, Object bean) {
        synchronized (OWNERS) {
            try {
                try {
                    server.registerMBean(bean, name);
                } catch (InstanceAlreadyExistsException e) {
                    LOG.info("Taking over the metrics MBean {} from an earlier task of the same connector", name);
                    server.unregisterMBean(name);
                    server.registerMBean(bean, name);
                }
                OWNERS.put(name, this);
            } catch (JMException e) {
                LOG.warn("Cannot register the metrics MBean {}: {}", name, e.getMessage());
            }
        }
    }

    /** Unregisters the names this instance still holds. */
    @Override
    public void close() {
        snapshot.aborted();
        unregister(snapshotName);
        unregister(streamingName);
    }

    private void unregister(ObjectName name) {
        synchronized (OWNERS) {
            if (!OWNERS.remove(name, this)) {
                return;
            }
            try {
                server.unregisterMBean(name);
            } catch (InstanceNotFoundException e) {
                LOG.debug("The metrics MBean {} was already gone", name);
            } catch (JMException e) {
                LOG.warn("Cannot unregister the metrics MBean {}: {}", name, e.getMessage());
            }
        }
    }
}
