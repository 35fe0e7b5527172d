package io.dtle.smt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dtle.common.job.JobIdentity;
import io.dtle.common.record.DtleHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

class LoopDetectionTest {
    private static final String DC1 = JobIdentity.uuidOf("dc1-to-dc2").toString();
    private static final String DC3 = JobIdentity.uuidOf("dc3-to-dc2").toString();

    private static SourceRecord record(Object origin) {
        ConnectHeaders headers = new ConnectHeaders();
        headers.addString(DtleHeaders.GTID, "3e11fa47-71ca-11e1-9e33-c80aa9429562:7");
        if (origin != null) {
            headers.add(DtleHeaders.ORIGIN, origin, origin instanceof byte[] ? Schema.BYTES_SCHEMA
                    : Schema.STRING_SCHEMA);
        }
        return new SourceRecord(Map.of(), Map.of(), "p.ordered", 0, null, null, Schema.STRING_SCHEMA, "v", 1L,
                headers);
    }

    private static LoopDetection<SourceRecord> configured(Map<String, String> config) {
        LoopDetection<SourceRecord> loop = new LoopDetection<>();
        loop.configure(config);
        return loop;
    }

    @Test
    void byDefaultEveryTaggedRecordIsDroppedAndUntaggedOnesPass() {
        LoopDetection<SourceRecord> loop = configured(Map.of());
        SourceRecord plain = record(null);
        assertThat(loop.apply(plain)).isSameAs(plain);
        assertThat(loop.apply(record(DC1))).isNull();
        assertThat(loop.apply(record(DC3))).isNull();
    }

    @Test
    void withOriginJobsOnlyTheirTransactionsAreDropped() {
        LoopDetection<SourceRecord> loop = configured(Map.of("origin.jobs", "dc1-to-dc2, other"));
        assertThat(loop.apply(record(DC1))).isNull();
        SourceRecord fromDc3 = record(DC3);
        assertThat(loop.apply(fromDc3)).isSameAs(fromDc3);
        SourceRecord plain = record(null);
        assertThat(loop.apply(plain)).isSameAs(plain);
    }

    @Test
    void aHeaderLeftAsBytesByTheConverterIsReadAsText() {
        LoopDetection<SourceRecord> loop = configured(Map.of("origin.jobs", "dc1-to-dc2"));
        assertThat(loop.apply(record(DC1.getBytes(StandardCharsets.UTF_8)))).isNull();
    }

    @Test
    void worksOnSinkRecords() {
        LoopDetection<SinkRecord> loop = new LoopDetection<>();
        loop.configure(Map.of());
        ConnectHeaders headers = new ConnectHeaders();
        headers.addString(DtleHeaders.ORIGIN, DC1);
        assertThat(loop.apply(new SinkRecord("t", 0, null, null, Schema.STRING_SCHEMA, "v", 3L, 1L,
                TimestampType.CREATE_TIME, headers))).isNull();
    }

    @Test
    void blankJobNamesAreRejected() {
        assertThatThrownBy(() -> configured(Map.of("origin.jobs", "dc1,,dc3")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("origin.jobs")
                .hasMessageContaining("job name is empty");
        assertThat(new LoopDetection<SourceRecord>().config().configKeys().get("origin.jobs").documentation)
                .contains("comma-separated");
    }
}
