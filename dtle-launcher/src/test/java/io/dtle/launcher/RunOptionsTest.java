package io.dtle.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RunOptionsTest {

    @Test
    void jobFileWithDefaults() {
        RunOptions options = RunOptions.parse("job.json");
        assertThat(options.jobFile()).isEqualTo(Path.of("job.json"));
        assertThat(options.dataDirectory()).isEqualTo(Path.of("dtle-data"));
        assertThat(options.restPort()).isEqualTo(8083);
        assertThat(options.connectUrl()).isNull();
        assertThat(options.duration()).isNull();
    }

    @Test
    void configsDirectoryOnAnExistingCluster() {
        RunOptions options = RunOptions.parse("--configs", "etc/1-to-1", "--connect-url", "http://connect:8083",
                "--kafka-bootstrap", "kafka:9092", "--interval-seconds", "2", "--duration-seconds", "30");
        assertThat(options.configsDirectory()).isEqualTo(Path.of("etc/1-to-1"));
        assertThat(options.connectUrl()).isEqualTo(URI.create("http://connect:8083"));
        assertThat(options.kafkaBootstrap()).isEqualTo("kafka:9092");
        assertThat(options.interval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void mistakesNameTheArgument() {
        assertThatThrownBy(() -> RunOptions.parse()).hasMessageContaining("either a job file or --configs");
        assertThatThrownBy(() -> RunOptions.parse("a.json", "--configs", "d")).hasMessageContaining("either");
        assertThatThrownBy(() -> RunOptions.parse("a.json", "--rest-port", "x")).hasMessageContaining("--rest-port");
        assertThatThrownBy(() -> RunOptions.parse("a.json", "--data-dir")).hasMessageContaining("--data-dir needs");
        assertThatThrownBy(() -> RunOptions.parse("a.json", "--bogus")).hasMessageContaining("'--bogus'");
    }
}
