/** Binlog events to Kafka Connect source records: routing, transaction markers, filters, offsets. */
package io.dtle.source.stream;
