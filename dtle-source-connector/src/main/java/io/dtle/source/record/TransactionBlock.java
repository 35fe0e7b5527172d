package io.dtle.source.record;

/**
 * The envelope's {@code transaction} block: the transaction id (dtle uses the GTID, like
 * Debezium's MySQL connector), the event's order in the transaction and in its table.
 */
public record TransactionBlock(String id, long totalOrder, long dataCollectionOrder) {
}
