package io.dtle.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.common.config.ConfigDef;
import org.junit.jupiter.api.Test;

class ConfigurationReferenceTest {

    @Test
    void committedReferenceMatchesTheConfigDefs() throws IOException {
        Path committed = Path.of(System.getProperty("dtle.docs.directory", "../docs")).resolve("CONFIGURATION.md");
        String generated = ConfigurationReference.render();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "CONFIGURATION.md"), generated, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("dtle.docs.regenerate")) {
            Files.writeString(committed, generated, StandardCharsets.UTF_8);
        }
        String current = Files.exists(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : "";
        assertThat(current).as("docs/CONFIGURATION.md is out of date with the ConfigDefs; regenerate it from the "
                + "repository root with:\n  " + ConfigurationReference.REGENERATE_COMMAND + "\n").isEqualTo(generated);
    }

    @Test
    void everyRegisteredDtleConnectorIsDocumented() {
        assertThat(ConfigurationReference.plugins()).extracting(ConfigurationReference.Plugin::className)
                .contains("io.dtle.source.DtleSourceConnector");
        assertThat(ConfigurationReference.render()).contains("`database.hostname`", "`topic.routing`");
    }

    @Test
    void rendersDefaultsRequiredKeysAndHidesSecrets() {
        ConfigDef config = new ConfigDef()
                .define("a.host", ConfigDef.Type.STRING, ConfigDef.NO_DEFAULT_VALUE, ConfigDef.Importance.HIGH,
                        "The host | with a pipe.", "Connection", 1, ConfigDef.Width.MEDIUM, "Host")
                .define("a.password", ConfigDef.Type.PASSWORD, "secret", ConfigDef.Importance.HIGH, "The password.",
                        "Connection", 2, ConfigDef.Width.MEDIUM, "Password")
                .define("a.size", ConfigDef.Type.INT, 5, ConfigDef.Range.atLeast(1), ConfigDef.Importance.LOW,
                        "Rows\nper batch.");
        String section = ConfigDefMarkdown.section("Sink connector", "io.dtle.x.Example", config);
        assertThat(section).contains("## Example", "### Connection", "### Other",
                "| `a.host` | string | required |", "The host \\| with a pipe.", "| `a.password` | password | (hidden) |",
                "| `a.size` | int | `5` | [1,...] | low | Rows<br>per batch. |");
        assertThat(section).doesNotContain("secret");
    }
}
