package io.dtle.source.binlog;

import com.github.shyiko.mysql.binlog.BinaryLogClient;
import com.github.shyiko.mysql.binlog.event.Event;
import java.io.IOException;

/**
 * One binlog connection, from a position until the connection ends. The client library calls back on the thread
 * that runs {@link #run()}; the sink blocking there is what stops the socket from being read ahead.
 *
 * <p>The client logs and swallows exceptions thrown by listeners, and skips events it cannot decode, either of which
 * would lose an event silently. So every such failure is recorded here and ends the connection instead.
 */
final class BinlogSession {
    private final BinaryLogClient client;
    private final EventTranslator translator;
    private volatile Exception failure;
    private volatile boolean connected;
    private volatile boolean delivering;
    private volatile long lastHeardNanos = System.nanoTime();

    BinlogSession(BinlogConnectionSettings settings, BinlogReaderOptions options, BinlogPosition from,
                  EventSink sink) {
        this.translator = new EventTranslator(from, sink);
        this.client = new BinaryLogClient(settings.host(), settings.port(), settings.user(), settings.password());
        client.setServerId(settings.serverId());
        // Reconnecting is ours: the client's own keep-alive would restart from a position that drops our row skips.
        client.setKeepAlive(false);
        client.setConnectTimeout(options.connectTimeout().toMillis());
        client.setHeartbeatInterval(options.heartbeatInterval().toMillis());
        client.setEventDeserializer(EventDeserializers.forStream());
        startAt(from);
        client.registerEventListener(this::onEvent);
        client.registerLifecycleListener(new Lifecycle());
    }

    private void startAt(BinlogPosition from) {
        if (from.gtidSet().isPresent()) {
            client.setGtidSet(from.gtidSet().get().toCompactString());
        } else if (from.mariaDbGtids().isPresent()) {
            client.setGtidSet(from.mariaDbGtids().get().toString());
        } else {
            client.setBinlogFilename(from.file().orElseThrow());
            client.setBinlogPosition(Math.max(4, from.pos()));
        }
    }

    /** Streams until the connection ends; returns what ended it, or null after {@link #stop()}. */
    Exception run() {
        try {
            client.connect();
        } catch (IOException | RuntimeException e) {
            failure = failure == null ? e : failure;
        }
        return failure;
    }

    boolean wasConnected() {
        return connected;
    }

    boolean isConnected() {
        return client.isConnected();
    }

    void stop() {
        try {
            client.disconnect();
        } catch (IOException e) {
            // The connection is being abandoned; nothing depends on it closing cleanly.
        }
    }

    /**
     * How long the server has been silent; time spent waiting for the caller to take events does not count, since
     * the connection is not read meanwhile.
     */
    long silentNanos(long nowNanos) {
        return delivering ? 0 : nowNanos - lastHeardNanos;
    }

    /** Ends the connection from another thread, e.g. because the server stopped answering. */
    void abandon(Exception reason) {
        fail(reason);
    }

    private void onEvent(Event event) {
        if (failure != null) {
            return;
        }
        delivering = true;
        try {
            translator.accept(event);
        } catch (InterruptedException e) {
            fail(e);
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            fail(new BinlogReaderException("Cannot decode the binlog event " + event.getHeader() + ": " + e, false, e));
        } finally {
            lastHeardNanos = System.nanoTime();
            delivering = false;
        }
    }

    private void fail(Exception e) {
        if (failure == null) {
            failure = e;
        }
        stop();
    }

    private final class Lifecycle implements BinaryLogClient.LifecycleListener {
        @Override
        public void onConnect(BinaryLogClient c) {
            lastHeardNanos = System.nanoTime();
            connected = true;
        }

        @Override
        public void onCommunicationFailure(BinaryLogClient c, Exception e) {
            fail(e);
        }

        @Override
        public void onEventDeserializationFailure(BinaryLogClient c, Exception e) {
            fail(new BinlogReaderException("Cannot decode a binlog event: " + e.getMessage(), false, e));
        }

        @Override
        public void onDisconnect(BinaryLogClient c) {
            // run() returns next; the reader decides whether to reconnect.
        }
    }
}
