package io.dtle.source.binlog;

import java.io.Serializable;

/**
 * One row inserted, updated or deleted. Column values are the binlog client's raw values in table column order
 * (strings and binaries as {@code byte[]}, temporal values as microseconds), converted later with the table's schema.
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
