/** The persisted schema history: table definitions and accepted DDL by binlog position, replayed on restart. */
package io.dtle.source.history;
