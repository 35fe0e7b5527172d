/**
 * The sink's bookkeeping on the target: which source transactions it applied ({@code dtle.gtid_executed_v2}, one row
 * per transaction, compacted into interval rows in the background; beside them the origin tag rows that mark target
 * transactions without a source GTID) and where in Kafka its last non-transactional
 * write ended ({@code dtle.sink_offsets}). Both are written inside the target transactions they describe, so they
 * are exactly as durable as the data.
 */
package io.dtle.sink.gtid;
