package io.dtle.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Connect worker in a child JVM that joins a {@link ConnectCluster}'s group, so a test can kill it with
 * SIGKILL: no task stop, no offset flush, no producer close, as when a machine dies. In-process workers
 * can only be stopped gracefully. The child uses this JVM's class path, so it has the same plugins.
 */
public final class ProcessWorker implements AutoCloseable {
    private static final String MAIN = "org.apache.kafka.connect.cli.ConnectDistributed";

    private final Path runDirectory;
    private final int port;
    private final Process process;

    private ProcessWorker(Map<String, String> clusterWorkerProperties, int port) {
        this.runDirectory = ProcessSupervisor.get().newRunDirectory("connect-worker");
        this.port = port;
        Path properties = writeProperties(clusterWorkerProperties);
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx768m", "-cp",
                System.getProperty("java.class.path"), MAIN, properties.toString()));
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(runDirectory.resolve("worker.log").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a Connect worker process", e);
        }
        ProcessSupervisor.get().adopt(process, runDirectory, this);
        Await.until("the worker process on port " + port + " to be healthy", ConnectCluster.DEFAULT_TIMEOUT,
                this::healthy, () -> process.isAlive() ? "alive" : "exited: " + Commands.tail(log()));
    }

    static ProcessWorker start(Map<String, String> clusterWorkerProperties, int port) {
        return new ProcessWorker(clusterWorkerProperties, port);
    }

    /** The worker id Connect reports in connector and task statuses. */
    public String workerId() {
        return "localhost:" + port;
    }

    /** Kills the worker with SIGKILL and waits until it is gone. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path log() {
        return runDirectory.resolve("worker.log");
    }

    @Override
    public void close() {
        ProcessSupervisor.stop(process, 30);
        ProcessSupervisor.get().release(this);
        ProcessSupervisor.deleteTree(runDirectory);
    }

    @Override
    public String toString() {
        return "Connect worker process " + workerId();
    }

    private boolean healthy() throws IOException {
        if (!process.isAlive()) {
            throw new IllegalStateException("the worker process exited: " + Commands.tail(log()));
        }
        HttpURLConnection connection = (HttpURLConnection) URI.create("http://localhost:" + port + "/health").toURL()
                .openConnection();
        connection.setConnectTimeout(1000);
        connection.setReadTimeout(5000);
        try {
            return connection.getResponseCode() == 200;
        } finally {
            connection.disconnect();
        }
    }

    private Path writeProperties(Map<String, String> clusterWorkerProperties) {
        Map<String, String> properties = new TreeMap<>(clusterWorkerProperties);
        properties.put("listeners", "HTTP://localhost:" + port);
        properties.remove("rest.advertised.port");
        StringBuilder text = new StringBuilder();
        properties.forEach((key, value) -> text.append(key).append('=').append(value.replace("\\", "\\\\")).append('\n'));
        Path file = runDirectory.resolve("worker.properties");
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
