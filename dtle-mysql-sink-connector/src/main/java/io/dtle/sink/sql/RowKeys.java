package io.dtle.sink.sql;

import io.dtle.sink.table.TableName;
import io.dtle.sink.table.TargetColumn;
import io.dtle.sink.table.TargetTable;
import io.dtle.sink.table.UniqueKey;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.kafka.connect.data.Struct;

/** Computes the {@link RowKey}s of rows of one table: the primary key and every unique key the mapping fills. */
final class RowKeys {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private final TableName table;
    private final List<String> keyNames = new ArrayList<>();
    private final List<MappedColumn[]> keyColumns = new ArrayList<>();

    RowKeys(TargetTable target, List<MappedColumn> mapped) {
        this.table = target.name();
        List<UniqueKey> keys = new ArrayList<>();
        target.primaryKey().ifPresent(keys::add);
        keys.addAll(target.uniqueKeys());
        for (UniqueKey key : keys) {
            MappedColumn[] columns = new MappedColumn[key.columns().size()];
            for (int i = 0; i < columns.length; i++) {
                columns[i] = find(mapped, key.columns().get(i)).orElse(null);
            }
            // A key the mapping leaves partly unfilled gets its values from target defaults: not ours to track.
            if (java.util.Arrays.stream(columns).allMatch(java.util.Objects::nonNull)) {
                keyNames.add(key.name());
                keyColumns.add(columns);
            }
        }
    }

    static Optional<MappedColumn> find(List<MappedColumn> mapped, TargetColumn column) {
        return mapped.stream().filter(m -> m.column().name().equalsIgnoreCase(column.name())).findFirst();
    }

    /** The keys of {@code row}; a unique key with a NULL part is left out (NULLs never collide). */
    List<RowKey> of(Struct row) {
        List<RowKey> result = new ArrayList<>(keyColumns.size());
        keys:
        for (int k = 0; k < keyColumns.size(); k++) {
            MappedColumn[] columns = keyColumns.get(k);
            Object[] values = new Object[columns.length];
            for (int i = 0; i < columns.length; i++) {
                Object value = columns[i].sourceValue(row);
                if (value == null) {
                    continue keys;
                }
                values[i] = normalise(value, columns[i].column());
            }
            result.add(new RowKey(table, keyNames.get(k), List.of(values)));
        }
        return result;
    }

    static Object normalise(Object value, TargetColumn column) {
        if (value instanceof byte[] bytes) {
            return ByteBuffer.wrap(bytes.clone());
        }
        if (value instanceof ByteBuffer buffer) {
            return ByteBuffer.wrap(JdbcValues.bytes(buffer));
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.signum() == 0 ? BigDecimal.ZERO : decimal.stripTrailingZeros();
        }
        if (value instanceof String text && !column.comparesExactly()) {
            return fold(text);
        }
        return value;
    }

    /**
     * Case, accents and trailing spaces removed, which covers what _ci, _ai and PAD SPACE collations equate
     * in practice; expansions such as German sharp s = ss under some collations are not folded.
     */
    static String fold(String text) {
        String stripped = text.stripTrailing();
        String decomposed = Normalizer.normalize(stripped, Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
