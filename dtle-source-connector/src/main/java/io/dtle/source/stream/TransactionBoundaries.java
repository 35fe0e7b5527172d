package io.dtle.source.stream;

import org.apache.kafka.connect.source.SourceRecord;

/**
 * Where an exactly-once task may end its Kafka transaction ({@code transaction.boundary=connector}): after a record
 * that closes a whole unit of work (a source transaction, a heartbeat between transactions, a snapshot chunk), so a
 * {@code read_committed} consumer never sees part of a MySQL transaction. Sources report such records as they
 * create them; the task hands them to Connect's transaction context.
 */
@FunctionalInterface
public interface TransactionBoundaries {
    /** Without connector-defined boundaries (no transaction context) nothing is asked of Connect. */
    TransactionBoundaries NONE = record -> { };

    /** The Kafka transaction may be committed once {@code record} has been sent. */
    void commitAfter(SourceRecord record);
}
