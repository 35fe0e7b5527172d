package io.dtle.sink.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dtle.sink.DtleMySqlSinkConnector;
import io.dtle.testing.ConnectCluster;
import io.dtle.testing.DatabaseUser;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.ServerOptions;
import io.dtle.testing.TableComparer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.runtime.rest.entities.ConfigInfo;
import org.apache.kafka.connect.runtime.rest.entities.ConfigInfos;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sink's checks of its target account, through Connect's REST API: a user without the privileges the sink
 * needs, or a wrong password, is reported on the key to fix by validate, and Connect refuses to create the
 * connector (it validates on PUT), so nothing reaches the target. After the fix the same job replicates.
 */
class SinkChecksIT {
    private static final String PARTIAL_GRANTS = "SELECT, INSERT";
    private static final String MISSING_GRANTS = "UPDATE, DELETE, CREATE, DROP, ALTER, INDEX, REFERENCES, TRIGGER";

    @AutoClose
    private static LocalMySqlServer source;
    @AutoClose
    private static LocalMySqlServer target;
    @AutoClose
    private static ConnectCluster connect;

    @BeforeAll
    static void start() {
        source = LocalMySqlServer.mysql();
        target = ServerOptions.mysql().user(DatabaseUser.of("applier", "secret", PARTIAL_GRANTS)).start();
        connect = ConnectCluster.builder().workers(1).start();
    }

    @Test
    void missingPrivilegesAndAWrongPasswordAreReportedOnTheirKeysAndNothingIsApplied() {
        source.execute("CREATE DATABASE demo", "CREATE TABLE demo.t (id INT PRIMARY KEY, v VARCHAR(20))",
                "INSERT INTO demo.t VALUES (1, 'a'), (2, 'b')");
        connect.createConnector("checks-src", Jobs.source(source, "checks", "demo"));
        Jobs.awaitRunning(connect, "checks-src");
        Map<String, String> sink = Jobs.sink(target, "checks");
        sink.put("connection.username", "applier");
        sink.put("connection.password", "secret");

        assertThat(errors(sink, "connection.username")).anySatisfy(error -> assertThat(error)
                .contains("'applier' lacks " + MISSING_GRANTS).contains("GRANT " + MISSING_GRANTS + " ON *.*"));
        assertThatThrownBy(() -> connect.createConnector("checks-dst", sink)).hasMessageContaining("lacks UPDATE");

        Map<String, String> wrongPassword = Jobs.sink(target, "checks");
        wrongPassword.put("connection.username", "applier");
        wrongPassword.put("connection.password", "not-the-password");
        assertThat(errors(wrongPassword, "connection.password")).anySatisfy(error -> assertThat(error)
                .contains("refused the login of 'applier'"));
        assertThatThrownBy(() -> connect.createConnector("checks-dst", wrongPassword))
                .hasMessageContaining("refused the login");

        assertThat(target.queryString("SELECT COUNT(*) FROM information_schema.SCHEMATA "
                + "WHERE SCHEMA_NAME IN ('demo', 'dtle')")).as("databases the refused sink created").isEqualTo("0");

        target.execute("GRANT " + MISSING_GRANTS + " ON *.* TO 'applier'@'%'");
        assertThat(validate(sink).errorCount()).as("errors once granted").isZero();
        connect.createConnector("checks-dst", sink);
        Jobs.awaitRunning(connect, "checks-dst");
        source.execute("INSERT INTO demo.t VALUES (3, 'c')");
        Jobs.awaitEqual(Duration.ofSeconds(60), TableComparer.between(source, target).schemas("demo"));
        Jobs.stop(connect, "checks");
    }

    private static List<String> errors(Map<String, String> config, String key) {
        return validate(config).values().stream().map(ConfigInfo::configValue)
                .filter(value -> value.name().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("validate did not report key " + key)).errors();
    }

    /** What Connect's validate endpoint says about the sink config, named as the PUT would name it. */
    private static ConfigInfos validate(Map<String, String> config) {
        return connect.validate(DtleMySqlSinkConnector.class.getName(), Jobs.with(new HashMap<>(config),
                Map.of("name", "checks-dst")));
    }
}
