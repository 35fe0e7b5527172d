/** The MySQL source connector: its configuration, table filter and start position. */
package io.dtle.source;
