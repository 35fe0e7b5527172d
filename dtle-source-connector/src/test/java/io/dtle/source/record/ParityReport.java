package io.dtle.source.record;

import io.debezium.relational.Column;
import io.debezium.relational.Table;
import java.util.Map;

/** Prints the per-type parity table of {@link DebeziumParityIT} to stdout. */
final class ParityReport {

    private ParityReport() {
    }

    static void print(String rowMetadata, Table table, RecordComparer comparer) {
        StringBuilder out = new StringBuilder();
        out.append("\nDebezium parity, binlog_row_metadata=").append(rowMetadata).append('\n');
        out.append(String.format("%-18s %-28s %-14s %-14s %-14s%n", "field", "type", "snapshot", "binlog", "ddl event"));
        for (Map.Entry<String, int[]> entry : comparer.tally().entrySet()) {
            Column column = table.columnWithName(entry.getKey());
            String type = column == null ? "" : column.typeExpression();
            int[] c = entry.getValue();
            out.append(String.format("%-18s %-28s %-14s %-14s %-14s%n", entry.getKey(), type, cell(c[1], c[0]),
                    cell(c[3], c[2]), cell(c[5], c[4])));
        }
        out.append("ignored envelope fields: ").append(RecordComparer.IGNORED_ENVELOPE_PAYLOAD).append('\n');
        out.append("ignored source fields, snapshot: ").append(RecordComparer.IGNORED_SNAPSHOT_SOURCE).append('\n');
        out.append("ignored schema change fields: ").append(RecordComparer.IGNORED_SCHEMA_CHANGE_PAYLOAD)
                .append(" and source ").append(RecordComparer.IGNORED_BINLOG_SOURCE).append('\n');
        out.append("ignored headers: ").append(RecordComparer.IGNORED_HEADER_PREFIX).append("*\n");
        out.append("ignored source fields, binlog: ").append(RecordComparer.IGNORED_BINLOG_SOURCE).append('\n');
        comparer.mismatches().forEach(m -> out.append("MISMATCH ").append(m).append('\n'));
        System.out.println(out);
    }

    private static String cell(int same, int total) {
        if (total == 0) {
            return "-";
        }
        return (same == total ? "ok " : "DIFF ") + same + "/" + total;
    }
}
