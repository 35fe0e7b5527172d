/** Transaction identifiers: MySQL GTIDs and GTID sets (plain and 8.4 tagged), MariaDB GTID positions, and their text and binary(16) forms. */
package io.dtle.common.gtid;
