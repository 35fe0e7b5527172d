package io.dtle.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.TableComparer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `dtle run job.json`: the manual's 1:1 job file, translated and run on the embedded Kafka + Connect. */
class RunJobFileIT {
    @AutoClose
    private static LocalMySqlServer source;
    @AutoClose
    private static LocalMySqlServer target;
    @TempDir
    Path data;

    @BeforeAll
    static void start() {
        source = LocalMySqlServer.mysql();
        target = LocalMySqlServer.mysql();
    }

    @Test
    void theManualsOneToOneJobFileCopiesAndStreams() throws Exception {
        source.execute("CREATE DATABASE demo", "CREATE TABLE demo.demo_tbl (a INT PRIMARY KEY, b VARCHAR(20))",
                "INSERT INTO demo.demo_tbl VALUES (1, 'one'), (2, 'two'), (3, 'three')");
        Path job = Files.writeString(data.resolve("job.json"), """
                {"Name": "dtle-demo", "Tasks": [
                  {"Type": "Src", "Config": {"Gtid": "",
                    "ReplicateDoDb": [{"TableSchema": "demo", "Tables": [{"TableName": "demo_tbl"}]}],
                    "ConnectionConfig": {"Host": "%s", "Port": "%d", "User": "root", "Password": ""}}},
                  {"Type": "Dest", "Config": {
                    "ConnectionConfig": {"Host": "%s", "Port": "%d", "User": "root", "Password": ""}}}]}
                """.formatted(source.host(), source.port(), target.host(), target.port()));
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        RunOptions options = RunOptions.parse(job.toString(), "--data-dir", data.resolve("dtle-data").toString(),
                "--rest-port", Integer.toString(FreePorts.any()), "--interval-seconds", "1");
        CountDownLatch stop = new CountDownLatch(1);
        Future<?> run = Executors.newSingleThreadExecutor().submit(() ->
                new RunCommand(options, new PrintStream(output, true, StandardCharsets.UTF_8), stop).run());
        try {
            io.dtle.testing.Await.until("the full copy on the target", java.time.Duration.ofSeconds(120),
                    () -> TableComparer.between(source, target).tables("demo.demo_tbl").compare().equal(),
                    () -> output.toString(StandardCharsets.UTF_8));
            source.execute("INSERT INTO demo.demo_tbl VALUES (4, 'four')", "UPDATE demo.demo_tbl SET b = 'uno' "
                    + "WHERE a = 1", "DELETE FROM demo.demo_tbl WHERE a = 2");
            io.dtle.testing.Await.until("the changes on the target", java.time.Duration.ofSeconds(60),
                    () -> TableComparer.between(source, target).tables("demo.demo_tbl").compare().equal());
        } finally {
            stop.countDown();
            run.get();
        }
        TableComparer.between(source, target).tables("demo.demo_tbl").assertEqual();
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("applied connector dtle-demo-source",
                "applied connector dtle-demo-sink", "dtle: stopped");
    }

    @Test
    void aBrokenJobFileFailsNamingTheFieldBeforeAnythingStarts() throws Exception {
        Path job = Files.writeString(data.resolve("bad.json"), """
                {"Name": "bad", "Tasks": [{"Type": "Src", "Config": {"ConnectionConfig": {"Host": "h", "Port": "x"}}}]}
                """);
        RunOptions options = RunOptions.parse(job.toString(), "--data-dir", data.resolve("never").toString());
        assertThatThrownBy(() -> new RunCommand(options, new PrintStream(new ByteArrayOutputStream()),
                new CountDownLatch(1)).run()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.json").hasMessageContaining("Port");
        assertThat(data.resolve("never")).doesNotExist();
    }
}
