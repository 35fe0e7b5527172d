/** The split-by-row scenario's end-to-end throughput against the same pipeline without filters (run by hand). */
package io.dtle.smt.bench;
