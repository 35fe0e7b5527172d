package io.dtle.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A port held by a process that accepts and never greets: the start-up probe fails in bounded time, not hangs. */
class ConnectionProbeTest {
    @Test
    void aSilentListenerFailsTheLoginWithinTheTimeouts() throws Exception {
        List<Socket> accepted = Collections.synchronizedList(new ArrayList<>());
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept()); // never answers
                    }
                } catch (Exception closed) {
                    // the listener was closed
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            long started = System.nanoTime();
            assertThatThrownBy(() -> ConnectionProbe.login("127.0.0.1", silent.getLocalPort()))
                    .isInstanceOf(SQLException.class);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(took).isLessThan(ConnectionProbe.CONNECT_TIMEOUT.plus(ConnectionProbe.READ_TIMEOUT)
                    .plusSeconds(5));
        } finally {
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }
}
