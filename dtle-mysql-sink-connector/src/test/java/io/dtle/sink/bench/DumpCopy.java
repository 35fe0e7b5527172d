package io.dtle.sink.bench;

import io.dtle.testing.LocalMySqlServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code mysqldump | mysql} of one table, with the server distribution's own clients: the full copy's yardstick. */
final class DumpCopy {
    private final Process process;
    private final Path log;

    private DumpCopy(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts the pipe; the target must already have the table's database. */
    static DumpCopy start(LocalMySqlServer source, LocalMySqlServer target, Workload workload) throws IOException {
        String dump = source.tool("mysqldump") + " --protocol=TCP -h" + source.host() + " -P" + source.port()
                + " -uroot --single-transaction --set-gtid-purged=OFF " + workload.database() + " sbtest";
        String load = target.tool("mysql") + " --protocol=TCP -h" + target.host() + " -P" + target.port()
                + " -uroot " + workload.database();
        Path log = Files.createTempFile("dump-copy", ".log");
        log.toFile().deleteOnExit();
        Process process = new ProcessBuilder(List.of("bash", "-o", "pipefail", "-c", dump + " | " + load))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new DumpCopy(process, log);
    }

    void awaitSuccess() throws InterruptedException {
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("mysqldump | mysql did not succeed: " + output());
        }
    }

    private String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }
}
