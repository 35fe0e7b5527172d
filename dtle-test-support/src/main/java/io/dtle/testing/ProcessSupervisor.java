package io.dtle.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Makes sure no server a test started outlives the test JVM. Three layers, because a JVM killed with
 * SIGKILL runs no shutdown hook:
 * <ol>
 *   <li>each server gets a watchdog shell that kills it and deletes its folder once the JVM is gone;</li>
 *   <li>a shutdown hook stops what is still registered when the JVM exits normally;</li>
 *   <li>the first use in a JVM sweeps run folders whose owning JVM is dead and kills their servers.</li>
 * </ol>
 * A run folder holds {@code owner.pid} (the JVM) and {@code server.pid} (the server process).
 */
public final class ProcessSupervisor {
    static final String OWNER_PID_FILE = "owner.pid";
    static final String SERVER_PID_FILE = "server.pid";
    private static final String WATCHDOG = "jvm=$1; pid=$2; dir=$3;"
            + " while kill -0 \"$jvm\" 2>/dev/null; do kill -0 \"$pid\" 2>/dev/null || exit 0; sleep 1; done;"
            + " kill -9 \"$pid\" 2>/dev/null; sleep 1; rm -rf \"$dir\"";

    private static final Set<AutoCloseable> RUNNING = ConcurrentHashMap.newKeySet();
    private static final ProcessSupervisor INSTANCE = new ProcessSupervisor();

    private ProcessSupervisor() {
        sweepStaleRunDirectories(TestCache.runDirectory());
        Runtime.getRuntime().addShutdownHook(new Thread(ProcessSupervisor::closeAll, "dtle-test-servers-shutdown"));
    }

    public static ProcessSupervisor get() {
        return INSTANCE;
    }

    /** A new run folder owned by this JVM, named {@code prefix-<random>}. */
    public Path newRunDirectory(String prefix) {
        try {
            Path dir = Files.createTempDirectory(TestCache.runDirectory(), prefix + "-");
            writePid(dir.resolve(OWNER_PID_FILE), ProcessHandle.current().pid());
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a run folder under " + TestCache.runDirectory(), e);
        }
    }

    /** Records {@code process} (started in a folder from {@link #newRunDirectory}) and starts its watchdog. */
    public void adopt(Process process, Path runDirectory, AutoCloseable owner) {
        writePid(runDirectory.resolve(SERVER_PID_FILE), process.pid());
        startWatchdog(process.pid(), runDirectory);
        RUNNING.add(owner);
    }

    /** Called by an owner once it has stopped its process itself. */
    public void release(AutoCloseable owner) {
        RUNNING.remove(owner);
    }

    /** Stops a process: SIGTERM, then SIGKILL if it has not ended within {@code graceSeconds}. */
    public static void stop(Process process, long graceSeconds) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(graceSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Deletes a folder tree; used for server data dirs. */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(paths.toList());
            Collections.reverse(all);
            for (Path path : all) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }

    private static void startWatchdog(long serverPid, Path runDirectory) {
        ProcessBuilder watchdog = new ProcessBuilder("bash", "-c", WATCHDOG, "dtle-test-watchdog",
                Long.toString(ProcessHandle.current().pid()), Long.toString(serverPid), runDirectory.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            watchdog.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the watchdog for " + runDirectory, e);
        }
    }

    private static void closeAll() {
        for (AutoCloseable owner : List.copyOf(RUNNING)) {
            try {
                owner.close();
            } catch (Exception e) {
                System.err.println("dtle-test: stopping " + owner + " at exit failed: " + e);
            }
        }
    }

    /** Kills the servers of run folders whose JVM has died (e.g. killed by a timeout) and deletes the folders. */
    static void sweepStaleRunDirectories(Path runRoot) {
        try (Stream<Path> dirs = Files.list(runRoot)) {
            dirs.filter(Files::isDirectory).filter(ProcessSupervisor::ownerIsDead).forEach(dir -> {
                readPid(dir.resolve(SERVER_PID_FILE)).flatMap(ProcessHandle::of)
                        .filter(server -> commandMentions(server, dir))
                        .ifPresent(ProcessHandle::destroyForcibly);
                deleteTree(dir);
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("dtle-test: could not sweep stale servers under " + runRoot + ": " + e);
        }
    }

    private static boolean ownerIsDead(Path dir) {
        Optional<Long> owner = readPid(dir.resolve(OWNER_PID_FILE));
        if (owner.isEmpty()) {
            // Another JVM may be between creating the folder and writing its pid: leave young folders alone.
            return ageMillis(dir) > 60_000;
        }
        return ProcessHandle.of(owner.get()).map(h -> !h.isAlive()).orElse(true);
    }

    private static long ageMillis(Path dir) {
        try {
            return System.currentTimeMillis() - Files.getLastModifiedTime(dir).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static boolean commandMentions(ProcessHandle process, Path dir) {
        // Guards against a recycled pid: only kill a process started on this run folder.
        return process.info().arguments().map(args -> String.join(" ", args).contains(dir.toString())).orElse(false);
    }

    private static Optional<Long> readPid(Path file) {
        try {
            return Optional.of(Long.parseLong(Files.readString(file).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void writePid(Path file, long pid) {
        try {
            Files.writeString(file, pid + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
