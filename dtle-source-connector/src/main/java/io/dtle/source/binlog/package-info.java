/** Reads a MySQL or MariaDB binlog as a stream of transaction, row and statement events with resumable positions. */
package io.dtle.source.binlog;
