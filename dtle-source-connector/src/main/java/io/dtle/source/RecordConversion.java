package io.dtle.source;

import io.dtle.source.stream.TransactionBoundaries;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.storage.Converter;

/**
 * The connector's own conversion of keys and values to bytes ({@code record.converter}), so it runs on the
 * connector's threads instead of Connect's single task thread, which then only passes the bytes through
 * (ByteArrayConverter) and sends them. The bytes are those Connect's converter would have written; a converter
 * that writes Kafka headers of its own is not supported (the record's Connect headers are kept and converted by
 * Connect's header converter as before).
 *
 * <p>A converted record is a new object, so the transaction boundaries the source marked on the original are moved
 * to it: this class is also the {@link TransactionBoundaries} the source reports to.
 */
final class RecordConversion implements TransactionBoundaries {
    private final ThreadLocal<Converter> keys;
    private final ThreadLocal<Converter> values;
    private final TransactionBoundaries boundaries;
    private final Set<SourceRecord> marked = Collections.synchronizedSet(
            Collections.newSetFromMap(new IdentityHashMap<>()));

    /** Each converting thread gets converters of its own: Connect never shares one between threads either. */
    RecordConversion(Supplier<Converter> keyConverter, Supplier<Converter> valueConverter,
                     TransactionBoundaries boundaries) {
        this.keys = ThreadLocal.withInitial(keyConverter);
        this.values = ThreadLocal.withInitial(valueConverter);
        this.boundaries = boundaries;
    }

    @Override
    public void commitAfter(SourceRecord record) {
        marked.add(record);
    }

    /** The batch with keys and values as bytes, in the same order, with the same offsets and headers. */
    List<SourceRecord> convert(List<SourceRecord> batch) {
        Converter keyConverter = keys.get();
        Converter valueConverter = values.get();
        List<SourceRecord> converted = new ArrayList<>(batch.size());
        for (SourceRecord record : batch) {
            byte[] key = keyConverter.fromConnectData(record.topic(), record.keySchema(), record.key());
            byte[] value = valueConverter.fromConnectData(record.topic(), record.valueSchema(), record.value());
            SourceRecord bytes = new SourceRecord(record.sourcePartition(), record.sourceOffset(), record.topic(),
                    record.kafkaPartition(), Schema.OPTIONAL_BYTES_SCHEMA, key, Schema.OPTIONAL_BYTES_SCHEMA, value,
                    record.timestamp(), record.headers());
            if (marked.remove(record)) {
                boundaries.commitAfter(bytes);
            }
            converted.add(bytes);
        }
        return converted;
    }
}
