/** The source task's in-memory table definitions, kept right across DDL by Debezium's MySQL DDL parser. */
package io.dtle.source.schema;
