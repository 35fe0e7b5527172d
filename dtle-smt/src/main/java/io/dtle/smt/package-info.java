/** Kafka Connect transforms for dtle jobs: WhereFilter (row conditions) and LoopDetection (bidirectional loops). */
package io.dtle.smt;
