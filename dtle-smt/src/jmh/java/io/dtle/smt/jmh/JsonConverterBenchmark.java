package io.dtle.smt.jmh;

import io.dtle.common.json.SchemaCachingJsonConverter;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.storage.Converter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One change event's value written to and read from JSON with schemas, by Connect's JsonConverter and by
 * SchemaCachingJsonConverter (the same bytes): the per-record conversion cost the source and the sink task pay.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class JsonConverterBenchmark {
    private final Converter jsonConverter = configured(new JsonConverter());
    private final Converter schemaCaching = configured(new SchemaCachingJsonConverter());
    private SourceRecord record;
    private byte[] message;

    @Setup
    public void records() {
        record = new SourceRecords().insert("orders",
                SourceRecords.row(1, 3, "paid", "customer 1", "2024-05-01T10:00:00"));
        message = jsonConverter.fromConnectData(record.topic(), record.valueSchema(), record.value());
        Expect.that(Arrays.equals(message, schemaCaching.fromConnectData(record.topic(), record.valueSchema(),
                record.value())), "the same bytes from both converters");
        Expect.that(jsonConverter.toConnectData(record.topic(), message)
                .equals(schemaCaching.toConnectData(record.topic(), message)), "the same record from both");
    }

    private static Converter configured(Converter converter) {
        converter.configure(Map.of(), false);
        return converter;
    }

    @Benchmark
    public byte[] writeJsonConverter() {
        return jsonConverter.fromConnectData(record.topic(), record.valueSchema(), record.value());
    }

    @Benchmark
    public byte[] writeSchemaCaching() {
        return schemaCaching.fromConnectData(record.topic(), record.valueSchema(), record.value());
    }

    @Benchmark
    public SchemaAndValue readJsonConverter() {
        return jsonConverter.toConnectData(record.topic(), message);
    }

    @Benchmark
    public SchemaAndValue readSchemaCaching() {
        return schemaCaching.toConnectData(record.topic(), message);
    }
}
