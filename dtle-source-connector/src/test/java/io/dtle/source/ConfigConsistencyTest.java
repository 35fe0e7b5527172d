package io.dtle.source;

import static io.dtle.source.DtleSourceConfigTest.config;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dtle.common.config.ConfigProblem;
import java.util.List;
import org.apache.kafka.connect.storage.Converter;
import org.junit.jupiter.api.Test;

class ConfigConsistencyTest {
    private static final String MYSQL_SET = "3e11fa47-71ca-11e1-9e33-c80aa9429562:1-5";

    @Test
    void eachStartKeyChoosesItsPositionAndImpliesNoData() {
        assertThat(config("start.gtid", MYSQL_SET).startPosition())
                .isEqualTo(StartPosition.gtid(StartPosition.Kind.AFTER_GTID_SET, MYSQL_SET));
        assertThat(config("start.gtid", "0-1-42").startPosition().isMariaDbGtid()).isTrue();
        assertThat(config("start.gtid.first", "0-1-43").startPosition())
                .isEqualTo(StartPosition.gtid(StartPosition.Kind.AT_GTID, "0-1-43"));
        assertThat(config("start.at.current.position", "true").startPosition().kind())
                .isEqualTo(StartPosition.Kind.CURRENT);
        assertThat(config("snapshot.mode", "no_data").startPosition().kind()).isEqualTo(StartPosition.Kind.CURRENT);
        assertThat(config("start.binlog.file", "bin.000003", "start.binlog.position", "1234").startPosition())
                .isEqualTo(StartPosition.binlog("bin.000003", 1234));
        assertThat(config("start.binlog.file", "bin.000003").startPosition().binlogPosition()).isEqualTo(4);
        for (String key : List.of("start.gtid", "start.binlog.file")) {
            String value = key.equals("start.gtid") ? MYSQL_SET : "bin.000001";
            DtleSourceConfig config = config(key, value);
            assertThat(config.snapshotMode()).isEqualTo(SnapshotMode.NO_DATA);
            assertThat(config.problems()).isEmpty();
        }
        assertThat(config("snapshot.mode", "initial_only").snapshotMode().streams()).isFalse();
    }

    @Test
    void twoStartPositionsAreReportedAgainstBoth() {
        List<ConfigProblem> problems = config("start.gtid", MYSQL_SET, "start.binlog.file", "bin.000001").problems();
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.keys()).containsExactly("start.gtid", "start.binlog.file");
            assertThat(problem.message()).contains("Only one start position", "keep one");
        });
        assertThat(config("start.gtid.first", "0-1-2", "start.at.current.position", "true").problems())
                .singleElement().extracting(ConfigProblem::keys)
                .isEqualTo(List.of("start.gtid.first", "start.at.current.position"));
    }

    @Test
    void aCopyingSnapshotModeWithAStartPositionIsReported() {
        List<ConfigProblem> problems = config("snapshot.mode", "initial", "start.gtid", MYSQL_SET).problems();
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.keys()).containsExactly("snapshot.mode", "start.gtid");
            assertThat(problem.message()).contains("snapshot.mode=initial copies the tables", "remove");
        });
        assertThat(config("snapshot.mode", "initial_only", "start.at.current.position", "true").problems())
                .singleElement().extracting(ConfigProblem::keys)
                .isEqualTo(List.of("snapshot.mode", "start.at.current.position"));
        assertThat(config("snapshot.mode", "no_data", "start.gtid", MYSQL_SET).problems()).isEmpty();
    }

    @Test
    void aBinlogPositionWithoutAFileIsReported() {
        assertThat(config("start.binlog.position", "1234").problems()).singleElement().satisfies(problem -> {
            assertThat(problem.keys()).containsExactly("start.binlog.position", "start.binlog.file");
            assertThat(problem.message()).contains("start.binlog.file is not");
        });
    }

    @Test
    void theQueueMustBeLargerThanABatch() {
        assertThat(config("max.queue.size", "100", "max.batch.size", "100").problems()).singleElement()
                .satisfies(problem -> assertThat(problem.keys()).containsExactly("max.queue.size", "max.batch.size"));
    }

    @Test
    void whereKeysAreCheckedAgainstTheFilter() {
        List<ConfigProblem> problems = config("database.include.list", "shop", "where.shop.orders", "id > 1",
                "where.hr.people", "id > 1", "where.shop", "id > 1", "where.shop.empty", " ").problems();
        assertThat(problems).extracting(problem -> problem.keys().get(0))
                .containsExactly("where.hr.people", "where.shop", "where.shop.empty");
        assertThat(problems.get(0).message()).contains("not captured");
        assertThat(problems.get(1).message()).contains("'where.<db>.<table>'");
        assertThat(problems.get(2).message()).contains("Expected a row condition");
    }

    @Test
    void aRecordConverterNeedsByteArrayConvertersAndNoTransforms() {
        String json = "org.apache.kafka.connect.json.JsonConverter";
        String bytes = "org.apache.kafka.connect.converters.ByteArrayConverter";
        assertThat(config("record.converter", json, "key.converter", bytes, "value.converter", bytes).problems())
                .isEmpty();
        assertThat(config("record.converter", json, "key.converter", bytes).problems()).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.keys()).containsExactly("record.converter");
                    assertThat(problem.message()).contains("value.converter must be " + bytes,
                            "not set, so the worker's converter would convert them again");
                });
        assertThat(config("record.converter", json, "key.converter", bytes, "value.converter", json).problems())
                .singleElement().extracting(ConfigProblem::message).asString()
                .contains("value.converter must be " + bytes + " (it is " + json + ")");
        assertThat(config("record.converter", json, "key.converter", bytes, "value.converter", bytes,
                "transforms", "route").problems()).singleElement().extracting(ConfigProblem::message).asString()
                .contains("transforms (route) cannot read bytes");
        assertThat(config("key.converter", json, "transforms", "route").problems()).isEmpty();
        assertThatThrownBy(() -> config("record.converter", "java.lang.String"))
                .hasMessageContaining("record.converter").hasMessageContaining("not a " + Converter.class.getName());
    }
}
