/**
 * Turning the records of a topic into target transactions: {@link io.dtle.sink.apply.SinkEvent} reads what a
 * record is, {@link io.dtle.sink.apply.OrderedStream} reassembles whole source transactions from an ordered topic,
 * and the units it builds are applied by the executor in {@code io.dtle.sink.parallel}.
 */
package io.dtle.sink.apply;
