/** Real servers for integration tests: local MySQL and MariaDB, an embedded Kafka Connect cluster, a table comparer. */
package io.dtle.testing;
