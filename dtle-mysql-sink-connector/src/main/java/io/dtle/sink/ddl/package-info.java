/**
 * DDL on the target: the source's table definitions before a full copy (created unless skip.create.db.table,
 * dropped first with drop.table.if.exists) and the DDL streamed from the binlog, applied in its database with the
 * origin marker, renamed as the job's table mapping says.
 */
package io.dtle.sink.ddl;
