package io.dtle.common.record;

/**
 * Kafka record headers dtle adds on top of the Debezium envelope. The sink and the
 * LoopDetection SMT read them, so they are part of the wire contract: never rename.
 */
public final class DtleHeaders {

    /** The source transaction's GTID (MySQL {@code uuid:n}, MariaDB {@code domain-server-seq}). */
    public static final String GTID = "dtle.gtid";
    /** MySQL's logical clock: the sequence number this transaction depends on, when the binlog has it. */
    public static final String LAST_COMMITTED = "dtle.last_committed";
    /** MySQL's logical clock: this transaction's own sequence number. */
    public static final String SEQUENCE_NUMBER = "dtle.sequence_number";
    /** Set when the transaction was applied by a dtle sink; LoopDetection drops such transactions. */
    public static final String ORIGIN = "dtle.origin";

    private DtleHeaders() {
    }
}
