/** Debezium-shaped change records (key, envelope, source block) from snapshot or binlog rows. */
package io.dtle.source.record;
