/** What the sink knows about a target table: its name, columns and keys, read from information_schema and cached per task. */
package io.dtle.sink.table;
