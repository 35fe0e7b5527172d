package io.dtle.source.history;

import io.dtle.source.binlog.BinlogPosition;
import io.dtle.source.schema.AppliedDdl;
import io.dtle.source.schema.SourceSchemaRegistry;
import java.util.List;

/** Where the source task keeps its table definitions by binlog position, so a restart decodes the binlog right. */
public interface SchemaHistory extends AutoCloseable {

    /** Whether entries are kept at all; without, a restart must make sure no DDL lies between its offset and now. */
    boolean isKept();

    /**
     * Rebuilds the definitions that held at {@code at} into {@code registry} (which must be empty); false when the
     * history has no baseline at or before it.
     */
    boolean recover(BinlogPosition at, SourceSchemaRegistry registry);

    /** Persists every captured table's definition as it is at {@code at}; durable when this returns. */
    void recordBaseline(BinlogPosition at, List<AppliedDdl> statements);

    /** Persists one accepted DDL statement with the position right after it; durable when this returns. */
    void recordDdl(BinlogPosition after, AppliedDdl statement);

    /** Where the entries are, for messages. */
    String describe();

    @Override
    void close();

    /** No history: a job applied with only a Connect URL, where Kafka's address is not known. */
    SchemaHistory NONE = new SchemaHistory() {
        @Override
        public boolean isKept() {
            return false;
        }

        @Override
        public boolean recover(BinlogPosition at, SourceSchemaRegistry registry) {
            return false;
        }

        @Override
        public void recordBaseline(BinlogPosition at, List<AppliedDdl> statements) {
        }

        @Override
        public void recordDdl(BinlogPosition after, AppliedDdl statement) {
        }

        @Override
        public String describe() {
            return "no schema history (schema.history.kafka.bootstrap.servers is empty)";
        }

        @Override
        public void close() {
        }
    };
}
