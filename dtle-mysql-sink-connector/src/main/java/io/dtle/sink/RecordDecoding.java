package io.dtle.sink;

import io.dtle.common.config.OwnConversion;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.storage.Converter;

/**
 * The sink's own conversion of keys and values from bytes ({@code record.converter}): Connect converts every record
 * on the task's one thread, which bounds the sink on a machine with cores to spare; this converts a delivery in
 * slices side by side, on the task thread and {@code record.converter.threads - 1} threads of its own, and hands
 * the records on in their order. A converted record keeps Connect's link to the consumer record it came from, so
 * the dead-letter queue still gets the original bytes.
 */
final class RecordDecoding implements AutoCloseable {
    /** Below this many records per thread a delivery is converted on the task thread alone. */
    private static final int SLICE_MIN = 64;

    private final ThreadLocal<Converter> keys;
    private final ThreadLocal<Converter> values;
    private final int threads;
    private final ExecutorService helpers;

    RecordDecoding(Class<?> converter, Map<String, Object> settings, int threads, String threadName) {
        this.keys = ThreadLocal.withInitial(OwnConversion.converter(converter, settings, true));
        this.values = ThreadLocal.withInitial(OwnConversion.converter(converter, settings, false));
        this.threads = Math.max(1, threads);
        this.helpers = this.threads == 1 ? null : OwnConversion.converterPool(threadName, this.threads - 1);
    }

    /** The records with keys and values converted, in the same order. */
    List<SinkRecord> decode(Collection<SinkRecord> delivered) {
        List<SinkRecord> records = delivered instanceof List<SinkRecord> list ? list : new ArrayList<>(delivered);
        int slices = Math.min(threads, Math.max(1, records.size() / SLICE_MIN));
        if (slices == 1) {
            return decodeSlice(records);
        }
        int size = (records.size() + slices - 1) / slices;
        List<CompletableFuture<List<SinkRecord>>> others = new ArrayList<>();
        for (int from = size; from < records.size(); from += size) {
            List<SinkRecord> slice = records.subList(from, Math.min(records.size(), from + size));
            others.add(CompletableFuture.supplyAsync(() -> decodeSlice(slice), helpers));
        }
        List<SinkRecord> decoded = new ArrayList<>(records.size());
        decoded.addAll(decodeSlice(records.subList(0, size)));
        try {
            others.forEach(slice -> decoded.addAll(slice.join()));
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return decoded;
    }

    private List<SinkRecord> decodeSlice(List<SinkRecord> slice) {
        Converter keyConverter = keys.get();
        Converter valueConverter = values.get();
        List<SinkRecord> decoded = new ArrayList<>(slice.size());
        for (SinkRecord record : slice) {
            SchemaAndValue key = keyConverter.toConnectData(record.topic(), bytes(record, record.key(), "key"));
            SchemaAndValue value = valueConverter.toConnectData(record.topic(),
                    bytes(record, record.value(), "value"));
            decoded.add(record.newRecord(record.topic(), record.kafkaPartition(), key.schema(), key.value(),
                    value.schema(), value.value(), record.timestamp(), record.headers()));
        }
        return decoded;
    }

    private static byte[] bytes(SinkRecord record, Object data, String what) {
        if (data == null || data instanceof byte[]) {
            return (byte[]) data;
        }
        throw new DataException("record.converter converts bytes, but the " + what + " of " + record.topic() + "-"
                + record.kafkaPartition() + "@" + record.kafkaOffset() + " is a " + data.getClass().getName()
                + ": set this connector's " + what + ".converter to " + OwnConversion.BYTE_ARRAY_CONVERTER);
    }

    @Override
    public void close() {
        if (helpers != null) {
            helpers.shutdownNow();
        }
    }
}
