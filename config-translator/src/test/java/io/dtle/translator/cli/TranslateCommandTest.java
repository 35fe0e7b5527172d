package io.dtle.translator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: what it prints and its exit codes. Translating never connects anywhere. */
class TranslateCommandTest {
    private static final Path JOBS = Path.of("src/test/resources/jobs");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new TranslateCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void printsTheGoldenOutputForAJobWhoseHostsDoNotResolve() throws IOException {
        assertThat(run(JOBS.resolve("manual-1to1.json").toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(JOBS.resolve("manual-1to1.expected.json")));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void translatesAnHclJobFileAsItsJsonTwin() throws IOException {
        assertThat(run(JOBS.resolve("v3-mysql.hcl").toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(JOBS.resolve("v3-mysql.expected.json")));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aBrokenHclJobFileExitsWithOneAndNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path job = dir.resolve("job.hcl");
        Files.writeString(job, "job \"j\" {\n  datacenters = [\"dc1]\n}\n");
        assertThat(run(job.toString())).isEqualTo(TranslateCommand.BAD_JOB);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("dtle translate: " + job
                + ": $: the job file is neither JSON nor valid HCL at line 2, column 23: unexpected end of line.");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aBadJobFileExitsWithOneAndNamesFileAndPath(@TempDir Path dir) throws IOException {
        Path job = dir.resolve("job.json");
        Files.writeString(job, "{\"Name\": \"j\", \"Tasks\": [{\"Type\": \"Src\", \"Config\": {\"ConnectionConfig\": "
                + "{\"User\": \"u\"}}}]}");
        assertThat(run(job.toString())).isEqualTo(TranslateCommand.BAD_JOB);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("dtle translate: " + job
                + ": $.Tasks[0].Config.ConnectionConfig.Host: the MySQL server has no Host. add \"Host\": "
                + "\"<name or address of the server>\"\n");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aMissingFileExitsWithOne() {
        assertThat(run("/nonexistent/job.json")).isEqualTo(TranslateCommand.BAD_JOB);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("dtle translate: cannot read /nonexistent/job.json");
    }

    @Test
    void applyNeedsAConnectUrl() {
        assertThat(run("--apply", "job.json")).isEqualTo(TranslateCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--apply needs --connect-url");
    }

    @Test
    void noJobFileIsAUsageError() {
        assertThat(run("--kafka-bootstrap", "k:9092")).isEqualTo(TranslateCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("give at least one job file").contains("Usage:");
    }

    @Test
    void anUnreachableConnectClusterExitsWithThree() {
        int code = run("--apply", "--connect-url", "http://127.0.0.1:1", "--timeout", "5",
                JOBS.resolve("manual-1to1.json").toString());
        assertThat(code).isEqualTo(TranslateCommand.APPLY_FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Cannot reach Kafka Connect at http://127.0.0.1:1");
    }
}
