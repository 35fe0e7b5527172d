package io.dtle.source.binlog;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * A transaction starts.
 *
 * @param gtid           MySQL {@code uuid:n} or MariaDB {@code domain-server-seq}; empty without GTIDs
 * @param lastCommitted  MySQL's logical clock: the transaction this one may run in parallel after
 * @param sequenceNumber MySQL's logical clock: this transaction's number in its binlog file
 * @param commitTimestampMicros when the transaction committed on its original server (MySQL 8), in microseconds
 * @param timestampMillis the binlog event's time
 */
public record TransactionBegin(
        Optional<String> gtid,
        OptionalLong lastCommitted,
        OptionalLong sequenceNumber,
        OptionalLong commitTimestampMicros,
        long timestampMillis,
        BinlogPosition position) implements BinlogEvent {
}
