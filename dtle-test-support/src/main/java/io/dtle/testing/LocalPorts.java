package io.dtle.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Free TCP ports on this machine for servers a test starts. */
final class LocalPorts {
    private LocalPorts() {
    }

    /** A port free at the time of the call; the caller retries if another process takes it first. */
    static int free() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
