/** The throughput benchmark of the source connector against Debezium's MySQL connector (run by hand, not a test). */
package io.dtle.source.bench;
