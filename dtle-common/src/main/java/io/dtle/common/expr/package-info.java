/**
 * The Where expression engine: parses a row condition in MySQL expression syntax once and evaluates it
 * with MySQL's semantics on rows from the binlog or on Kafka Connect records.
 */
package io.dtle.common.expr;
