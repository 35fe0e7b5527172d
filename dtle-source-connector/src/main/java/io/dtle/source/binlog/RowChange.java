package io.dtle.source.binlog;

import java.io.Serializable;

/**
 * One row inserted, updated or deleted. Column values are in table column order, decoded by Debezium's row
 * deserializers ({@link io.dtle.source.record.BinlogRowDecoding}: strings and binaries as {@code byte[]}, temporal
 * values as java.time), which is what the record factory converts with the table's schema.
 *
 * @param before the old row; null for an insert
 * @param after  the new row; null for a delete
 */
public record RowChange(
        Operation operation,
        TableInfo table,
        Serializable[] before,
        Serializable[] after,
        long timestampMillis,
        BinlogPosition position) implements BinlogEvent {

    public enum Operation { INSERT, UPDATE, DELETE }
}
