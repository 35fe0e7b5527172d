/** The sink's end-to-end throughput benchmark against Debezium's JDBC sink and mysqldump (run by hand, not a test). */
package io.dtle.sink.bench;
