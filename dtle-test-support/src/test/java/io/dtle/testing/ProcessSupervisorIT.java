package io.dtle.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Servers never outlive their JVM: the sweep of stale run folders, and the watchdog of a killed JVM. */
class ProcessSupervisorIT {

    @Test
    void theSweepKillsServersOfDeadJvmsAndDeletesTheirFolders(@TempDir Path runRoot) throws Exception {
        Path stale = Files.createDirectories(runRoot.resolve("mysql-stale"));
        Process deadOwner = new ProcessBuilder("true").start();
        deadOwner.waitFor();
        Files.writeString(stale.resolve(ProcessSupervisor.OWNER_PID_FILE), deadOwner.pid() + "\n");
        // Stands in for a mysqld: one process whose command line names its run folder; cat blocks reading stdin.
        Process server = new ProcessBuilder("cat", "-", stale.toString()).start();
        Files.writeString(stale.resolve(ProcessSupervisor.SERVER_PID_FILE), server.pid() + "\n");
        Path live = Files.createDirectories(runRoot.resolve("mysql-live"));
        Files.writeString(live.resolve(ProcessSupervisor.OWNER_PID_FILE), ProcessHandle.current().pid() + "\n");

        ProcessSupervisor.sweepStaleRunDirectories(runRoot);

        Await.until("the stale server to be killed", Duration.ofSeconds(10), () -> !server.isAlive());
        assertThat(stale).doesNotExist();
        assertThat(live).isDirectory();
    }

    @Test
    void aServerWhoseJvmIsKilledIsStoppedAndDeletedByItsWatchdog() throws Exception {
        Path pidFile = Files.createTempFile("owned-server", ".pid");
        Path runDirFile = Files.createTempFile("owned-server", ".dir");
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ServerOwningMain.class.getName(),
                pidFile.toString(), runDirFile.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Await.until("the child JVM to start a MySQL server", Duration.ofSeconds(90),
                    () -> Files.size(pidFile) > 0 && jvm.isAlive());
            long serverPid = Long.parseLong(Files.readString(pidFile).trim());
            Path runDirectory = Path.of(Files.readString(runDirFile).trim());
            assertThat(ProcessHandle.of(serverPid)).isPresent();

            jvm.destroyForcibly().waitFor();

            Await.until("the orphaned mysqld to be killed", Duration.ofSeconds(15),
                    () -> ProcessHandle.of(serverPid).map(h -> !h.isAlive()).orElse(true));
            Await.until("its run folder to be deleted", Duration.ofSeconds(15), () -> !Files.exists(runDirectory));
        } finally {
            jvm.destroyForcibly();
            Files.deleteIfExists(pidFile);
            Files.deleteIfExists(runDirFile);
        }
    }

    /** A JVM that starts a server, reports its pid and run folder, and waits to be killed. */
    public static final class ServerOwningMain {
        public static void main(String[] args) throws Exception {
            LocalMySqlServer server = LocalMySqlServer.mysql();
            Files.writeString(Path.of(args[1]), server.runDirectory().toString());
            Files.writeString(Path.of(args[0]), Long.toString(server.serverPid()));
            Thread.sleep(Duration.ofMinutes(5).toMillis());
        }
    }
}
