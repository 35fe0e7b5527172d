/** Row statements for the target: column mapping, Connect value to JDBC parameter conversion, INSERT/UPSERT/UPDATE/DELETE text and execution, write-set keys. */
package io.dtle.sink.sql;
