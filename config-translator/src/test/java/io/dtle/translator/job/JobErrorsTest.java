package io.dtle.translator.job;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dtle.translator.mapping.JobTranslator;
import io.dtle.translator.mapping.TranslateOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of bad job file gives an error that names the JSON path, the problem and the fix. */
class JobErrorsTest {
    private static final String SRC = "{\"Type\": \"Src\", \"Config\": {%s \"ConnectionConfig\": "
            + "{\"Host\": \"mysql-src\", \"Port\": \"3306\", \"User\": \"root\", \"Password\": \"pass\"}}}";
    private static final String DEST = "{\"Type\": \"Dest\", \"Config\": {\"ConnectionConfig\": "
            + "{\"Host\": \"mysql-dst\", \"Port\": 3306, \"User\": \"root\", \"Password\": \"pass\"}}}";

    private static String job(String... tasks) {
        return "{\"Name\": \"j\", \"Tasks\": [" + String.join(",", tasks) + "]}";
    }

    private static String src(String extraFields) {
        return SRC.formatted(extraFields);
    }

    @Test
    void notJson() {
        assertThatThrownBy(() -> JobFiles.read("{\"Name\": \"j\", \"Tasks\": [}"))
                .isInstanceOf(JobFileException.class)
                .hasMessageStartingWith("$: the job file is not JSON at line 1, column 25: Unexpected close marker '}': "
                        + "expected ']'. fix")
                .hasMessageContaining("fix the JSON syntax");
    }

    @Test
    void noSourceTask() {
        assertThatThrownBy(() -> JobFiles.read(job(DEST)))
                .hasMessage("$.Tasks: the job has no Src task with a ConnectionConfig. add a task {\"Type\": \"Src\", "
                        + "\"Config\": {\"ConnectionConfig\": {\"Host\": ...}}}");
    }

    @Test
    void noDestinationTask() {
        assertThatThrownBy(() -> JobFiles.read(job(src(""))))
                .hasMessageStartingWith("$.Tasks: the job has no Dest task with a ConnectionConfig. add a task");
    }

    @Test
    void noHost() {
        String noHost = "{\"Type\": \"Dest\", \"Config\": {\"ConnectionConfig\": {\"Port\": 3306, \"User\": \"u\"}}}";
        assertThatThrownBy(() -> JobFiles.read(job(src(""), noHost)))
                .hasMessage("$.Tasks[1].Config.ConnectionConfig.Host: the MySQL server has no Host. "
                        + "add \"Host\": \"<name or address of the server>\"");
    }

    @Test
    void whereThatDoesNotParse() {
        String where = "\"ReplicateDoDb\": [{\"TableSchema\": \"demo\", \"Tables\": [{\"TableName\": \"t\", "
                + "\"Where\": \"a >< 5 AND\"}]}],";
        assertThatThrownBy(() -> JobFiles.read(job(src(where), DEST)))
                .hasMessageStartingWith("$.Tasks[0].Config.ReplicateDoDb[0].Tables[0].Where: the condition "
                        + "\"a >< 5 AND\" does not parse")
                .hasMessageContaining("write a MySQL expression over the table's columns");
    }

    @Test
    void gtidThatDoesNotParse() {
        assertThatThrownBy(() -> JobFiles.read(job(src("\"Gtid\": \"41f102d4-d29f:1-5\","), DEST)))
                .hasMessageStartingWith("$.Tasks[0].Config.Gtid: \"41f102d4-d29f:1-5\" is not a GTID set")
                .hasMessageContaining("copy Executed_Gtid_Set from SHOW MASTER STATUS");
    }

    @Test
    void mariaDbGtidIsAccepted() {
        JobSpec spec = JobFiles.read(job(src("\"Gtid\": \"0-1-42,1-2-7\","), DEST));
        org.assertj.core.api.Assertions.assertThat(spec.start().gtid()).isEqualTo("0-1-42,1-2-7");
    }

    @Test
    void unknownDriver() {
        String dest = "{\"Type\": \"Dest\", \"Driver\": \"Postgres\", \"Config\": {}}";
        assertThatThrownBy(() -> JobFiles.read(job(src(""), dest)))
                .hasMessage("$.Tasks[1].Driver: unknown Driver \"Postgres\" for this task. use \"MySQL\" or \"Kafka\"");
    }

    @Test
    void unknownType() {
        String task = "{\"Type\": \"Sink\", \"Config\": {}}";
        assertThatThrownBy(() -> JobFiles.read(job(src(""), task)))
                .hasMessage("$.Tasks[1].Type: unknown task Type \"Sink\". use \"Src\" or \"Dest\"");
    }

    @Test
    void unknownDestType() {
        String nomad = "{\"Job\": {\"ID\": \"j\", \"TaskGroups\": [{\"Name\": \"src\", \"Tasks\": [{\"Name\": \"src\", "
                + "\"Config\": {\"SrcConnectionConfig\": {\"Host\": \"a\", \"User\": \"u\"}, \"DestConnectionConfig\": "
                + "{\"Host\": \"b\", \"User\": \"u\"}}}]}, {\"Name\": \"dest\", \"Tasks\": [{\"Name\": \"dest\", "
                + "\"Config\": {\"DestType\": \"oracle\"}}]}]}}";
        assertThatThrownBy(() -> JobFiles.read(nomad))
                .hasMessage("$.Job.TaskGroups[1].Tasks[0].Config.DestType: unknown DestType \"oracle\". "
                        + "use \"mysql\" or \"kafka\"");
    }

    @Test
    void portThatIsNotANumber() {
        String dest = "{\"Type\": \"Dest\", \"Config\": {\"ConnectionConfig\": {\"Host\": \"h\", \"Port\": \"33o6\", "
                + "\"User\": \"u\"}}}";
        assertThatThrownBy(() -> JobFiles.read(job(src(""), dest)))
                .hasMessage("$.Tasks[1].Config.ConnectionConfig.Port: expected a whole number, found \"33o6\". "
                        + "write a number such as 3306");
    }

    @Test
    void unknownSqlFilter() {
        JobSpec spec = JobFiles.read(job(src("\"SqlFilter\": [\"NoDML\", \"NoDrop\"],"), DEST));
        assertThatThrownBy(() -> JobTranslator.translate(List.of(spec), TranslateOptions.offline()))
                .hasMessageStartingWith("$..SqlFilter[1]: unknown SqlFilter \"NoDrop\". use NoDML");
    }

    @Test
    void avroConverter() {
        String kafka = "{\"Type\": \"Dest\", \"Driver\": \"Kafka\", \"Config\": {\"Topic\": \"t\", "
                + "\"Brokers\": [\"k:9092\"], \"Converter\": \"avro\"}}";
        JobSpec spec = JobFiles.read(job(src(""), kafka));
        assertThatThrownBy(() -> JobTranslator.translate(List.of(spec), TranslateOptions.offline()))
                .hasMessageStartingWith("$..Converter: Converter \"avro\" is not supported");
    }

    @Test
    void whereOnATableGivenByRegex() {
        String where = "\"ReplicateDoDb\": [{\"TableSchema\": \"demo\", \"Tables\": [{\"TableRegex\": \"t.*\", "
                + "\"Where\": \"a > 1\"}]}],";
        assertThatThrownBy(() -> JobFiles.read(job(src(where), DEST)))
                .hasMessageStartingWith("$.Tasks[0].Config.ReplicateDoDb[0].Tables[0].Where: Where needs a table "
                        + "given by TableName");
    }

    @Test
    void twoJobsWithOneName() {
        JobSpec spec = JobFiles.read(job(src(""), DEST));
        assertThatThrownBy(() -> JobTranslator.translate(List.of(spec, spec), TranslateOptions.offline()))
                .hasMessageStartingWith("$.Name: two jobs are named \"j\"");
    }

    @Test
    void unknownFieldsAreReportedNotDropped() {
        JobSpec spec = JobFiles.read(job(src("\"ChunkSise\": 10,"), DEST));
        org.assertj.core.api.Assertions.assertThat(spec.notes()).containsExactly(new FieldNote(
                "$.Tasks[0].Config.ChunkSise", "not a dtle field this translator knows; check its spelling"));
    }
}
