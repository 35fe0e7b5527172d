package io.dtle.translator.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;

/** Bad dtle 3.x/4.x HCL job files: syntax errors name the line and column, the rest the Nomad JSON path. */
class HclJobErrorsTest {
    private static final String SRC_CONFIG = """
            SrcConnectionConfig = {
              Host = "mysql-src"
              Port = 3306
              User = "repl"
            }
            """;
    private static final String DEST_CONFIG = """
            DestConnectionConfig = {
              Host = "mysql-dst"
              User = "apply"
            }
            """;

    private static String job(String srcConfig) {
        return "job \"j\" {\n  group \"src\" {\n    task \"src\" {\n      driver = \"dtle\"\n      config {\n"
                + srcConfig + "      }\n    }\n  }\n  group \"dest\" {\n    task \"dest\" {\n      driver = \"dtle\"\n"
                + "      config {\n        DestType = \"mysql\"\n      }\n    }\n  }\n}\n";
    }

    @Test
    void aWellFormedJobIsRead() {
        JobSpec spec = JobFiles.read(job(SRC_CONFIG + DEST_CONFIG));
        assertThat(spec.name()).isEqualTo("j");
        assertThat(spec.notes()).isEmpty();
    }

    /** hcl4j points at the start of the block whose brace is missing. */
    @Test
    void aMissingBraceNamesLineAndColumn() {
        String broken = "job \"j\" {\n  group \"src\" {\n    task \"src\"\n      driver = \"dtle\"\n    }\n  }\n}\n";
        assertThatThrownBy(() -> JobFiles.read(broken)).isInstanceOf(JobFileException.class)
                .hasMessageStartingWith("$: the job file is neither JSON nor valid HCL at line 3, column 5: "
                        + "unexpected 't'. fix the HCL syntax: job \"<name>\" { group \"src\" {");
    }

    @Test
    void anUnterminatedStringNamesLineAndColumn() {
        assertThatThrownBy(() -> JobFiles.read("job \"j\" {\n  datacenters = [\"dc1]\n}\n"))
                .hasMessageStartingWith("$: the job file is neither JSON nor valid HCL at line 2, column 23: "
                        + "unexpected end of line.");
    }

    @Test
    void aBareWordIsNotAValue() {
        String bare = SRC_CONFIG.replace("\"mysql-src\"", "mysql_src");
        assertThatThrownBy(() -> JobFiles.read(job(bare + DEST_CONFIG)))
                .hasMessage("$.Job.TaskGroups[0].Tasks[0].Config.SrcConnectionConfig.Host: \"mysql_src\" on line 7 "
                        + "is not a value. write a string in quotes, a number, true or false");
    }

    @Test
    void noSrcGroup() {
        String destOnly = "job \"j\" {\n  datacenters = [\"dc1\"]\n  group \"dest\" {\n    task \"dest\" {\n"
                + "      driver = \"dtle\"\n      config {\n        DestType = \"mysql\"\n      }\n    }\n  }\n}\n";
        assertThatThrownBy(() -> JobFiles.read(destOnly))
                .hasMessage("$.Job.TaskGroups: the job has no src task with a SrcConnectionConfig. add a group and "
                        + "task named \"src\" whose Config (config in HCL) has SrcConnectionConfig {Host, Port, User, "
                        + "Password}");
    }

    @Test
    void noDestination() {
        assertThatThrownBy(() -> JobFiles.read(job(SRC_CONFIG)))
                .hasMessageStartingWith("$.Job.TaskGroups: the job has no destination. add DestConnectionConfig "
                        + "{Host, Port, User, Password} (MySQL) or KafkaConfig {Brokers, Topic} (Kafka)");
    }

    @Test
    void noJobBlock() {
        assertThatThrownBy(() -> JobFiles.read("# an empty file\n"))
                .hasMessageStartingWith("$: the job file has no job block. write job \"<name>\" {");
    }

    @Test
    void twoJobsInOneFile() {
        assertThatThrownBy(() -> JobFiles.read("job \"a\" {}\njob \"b\" {}\n"))
                .hasMessage("$.Job: the file holds 2 job blocks. write one job per file");
    }

    @Test
    void nomadFieldsAreNamedAsInNomadsJsonAndReported() {
        String text = job(SRC_CONFIG + DEST_CONFIG).replace("  group \"dest\" {",
                "  group \"dest\" {\n    restart {\n      attempts = 3\n    }\n    kill_timeout = \"5s\"");
        assertThat(JobFiles.read(text).notes()).extracting(FieldNote::field)
                .containsExactly("$.Job.TaskGroups[1].RestartPolicy", "$.Job.TaskGroups[1].KillTimeout");
    }

    /** hcl4j can fetch URLs in data "http" blocks; the translator must stay offline on any job file. */
    @Test
    void aDataHttpBlockConnectsNowhere() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/secrets";
            String text = "data \"http\" \"leak\" {\n  url = \"" + url + "\"\n}\n"
                    + job(SRC_CONFIG + DEST_CONFIG).replace("DestType = \"mysql\"",
                            "DestType = \"mysql\"\n        Secret = data.http.leak.response_body");
            try {
                JobFiles.read(text);
            } catch (JobFileException expected) {
                // Rejecting the block is fine too; connecting is not.
            }
            server.setSoTimeout(500);
            assertThatThrownBy(server::accept).isInstanceOf(SocketTimeoutException.class);
        }
    }
}
