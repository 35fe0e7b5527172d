package io.dtle.source.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.common.gtid.UuidBytes;
import io.dtle.common.job.JobIdentity;
import io.dtle.common.job.OriginMarker;
import io.dtle.source.binlog.BinlogPosition;
import io.dtle.source.binlog.RowChange;
import io.dtle.source.binlog.TableInfo;
import java.io.Serializable;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TransactionOriginTest {
    private static final UUID JOB = JobIdentity.uuidOf("dc1-to-dc2");

    private static RowChange row(String database, String table, List<String> names, Serializable[] after,
                                 Serializable[] before) {
        TableInfo info = new TableInfo(1, database, table, new byte[3], new int[3], new BitSet(), names, null);
        return new RowChange(after == null ? RowChange.Operation.DELETE : RowChange.Operation.INSERT, info, before,
                after, 0, BinlogPosition.ofFile("binlog.000001", 4));
    }

    @Test
    void theJobUuidIsTheFirstColumnWithoutColumnNames() {
        RowChange row = row("dtle", "gtid_executed_v2", List.of(),
                new Serializable[] {UuidBytes.toBytes(JOB), new byte[16], "x:1-5"}, null);
        assertThat(TransactionOrigin.isBookkeeping(row)).isTrue();
        assertThat(TransactionOrigin.ofBookkeepingRow(row)).hasValue(JOB);
    }

    @Test
    void theJobUuidColumnIsFoundByNameAndTheOldImageOfADeleteCounts() {
        RowChange row = row("DTLE", "GTID_EXECUTED_V2", List.of("source_uuid", "JOB_UUID", "interval_gtid"), null,
                new Serializable[] {new byte[16], UuidBytes.toBytes(JOB), "x:1-5"});
        assertThat(TransactionOrigin.ofBookkeepingRow(row)).hasValue(JOB);
    }

    @Test
    void trailingZeroBytesTheBinlogDroppedAreRestored() {
        UUID job = UUID.fromString("0c1b5c43-7a0e-3a53-9d0e-2f5f3c4b8a00");
        byte[] stripped = Arrays.copyOf(UuidBytes.toBytes(job), 15);
        RowChange row = row("dtle", "gtid_executed_v2", List.of(),
                new Serializable[] {stripped, new byte[16], "x:1"}, null);
        assertThat(TransactionOrigin.ofBookkeepingRow(row)).hasValue(job);
    }

    @Test
    void otherTablesAndUnreadableValuesGiveNoOrigin() {
        assertThat(TransactionOrigin.isBookkeeping(row("dtle", "other", List.of(), new Serializable[] {1}, null)))
                .isFalse();
        assertThat(TransactionOrigin.isBookkeeping(row("shop", "gtid_executed_v2", List.of(),
                new Serializable[] {1}, null))).isFalse();
        assertThat(TransactionOrigin.ofBookkeepingRow(row("dtle", "gtid_executed_v2", List.of(),
                new Serializable[] {"not bytes", null, null}, null))).isEmpty();
    }

    @Test
    void aDdlOriginMarkerNamesTheJob() {
        String ddl = new OriginMarker(JOB, "3e11fa47-71ca-11e1-9e33-c80aa9429562:7").mark("ALTER TABLE t ADD c INT");
        assertThat(TransactionOrigin.ofStatement(ddl)).hasValue(JOB);
        assertThat(TransactionOrigin.ofStatement("ALTER TABLE t ADD c INT /*dtle:origin=" + JOB + ";gtid=x*/"))
                .isEmpty();
    }
}
