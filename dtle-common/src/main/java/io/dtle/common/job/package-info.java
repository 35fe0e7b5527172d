/**
 * A dtle job's identity as the sink, the source and the LoopDetection transform share it: the job UUID stored in
 * the bookkeeping table, the table's names, and the marker the sink puts on the DDL it applies.
 */
package io.dtle.common.job;
