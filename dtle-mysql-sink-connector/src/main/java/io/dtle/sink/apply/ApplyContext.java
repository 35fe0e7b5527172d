package io.dtle.sink.apply;

import io.dtle.sink.ddl.DdlApplier;
import io.dtle.sink.gtid.GtidExecutedTable;
import io.dtle.sink.gtid.OriginTagRows;
import io.dtle.sink.gtid.SinkOffsetsTable;

/** What the units need to do their work, shared by the stream and the workers. */
record ApplyContext(GtidExecutedTable bookkeeping, OriginTagRows originTags, SinkOffsetsTable offsets,
                    TableWriters writers, DdlApplier ddl, ApplyMetrics metrics, boolean setGtidNext,
                    boolean foreignKeyChecks) {
}
