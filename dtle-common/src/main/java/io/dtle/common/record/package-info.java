/** Names of the record contract (headers, envelope and source fields, topics) shared by source, sink and SMTs. */
package io.dtle.common.record;
