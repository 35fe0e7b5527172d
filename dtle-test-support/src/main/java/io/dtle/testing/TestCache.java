package io.dtle.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The folder where unpacked servers, template data dirs and running servers live, kept between runs.
 * {@code DTLE_TEST_CACHE} (or the system property {@code dtle.test.cache}) moves it; the default is
 * {@code ~/.cache/dtle-test}.
 */
public final class TestCache {
    private TestCache() {
    }

    public static Path root() {
        String configured = System.getProperty("dtle.test.cache", System.getenv("DTLE_TEST_CACHE"));
        Path root = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "dtle-test");
        return createDirectories(root);
    }

    /** Where running servers keep their data dirs; stale entries are swept by {@link ProcessSupervisor}. */
    public static Path runDirectory() {
        return createDirectories(root().resolve("run"));
    }

    static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    /**
     * Runs {@code preparation} unless {@code marker} exists, holding a file lock so that test JVMs
     * running at once prepare the same thing only once. The marker is written last, so a preparation
     * cut short is redone next time.
     */
    static void prepareOnce(Path marker, IoAction preparation) {
        if (Files.exists(marker)) {
            return;
        }
        createDirectories(marker.getParent());
        Path lockFile = marker.resolveSibling(marker.getFileName() + ".lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            if (!Files.exists(marker)) {
                preparation.run();
                Files.writeString(marker, "ready\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("preparing " + marker.getParent() + " failed", e);
        }
    }

    /** An action that may fail with an IOException. */
    @FunctionalInterface
    interface IoAction {
        void run() throws IOException;
    }
}
