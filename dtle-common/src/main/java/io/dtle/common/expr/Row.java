package io.dtle.common.expr;

import java.util.Map;

/**
 * The row a condition is evaluated on: one value per column. Adapters exist for a map ({@link #of(Map)})
 * and for a Kafka Connect struct ({@link StructRow}).
 */
@FunctionalInterface
public interface Row {
    /** A row without columns: every column is NULL. */
    Row EMPTY = column -> null;

    /**
     * The value of a column, null for NULL or a column the row does not have. {@code column} is in lower
     * case. Values may be any of Java's numbers, Boolean, String, byte[] or ByteBuffer, BigDecimal,
     * java.time dates and times, java.util.Date or java.sql dates and times.
     */
    Object value(String column);

    /** A row backed by a map from column name (any case) to value. */
    static Row of(Map<String, ?> values) {
        return new MapRow(values);
    }
}
