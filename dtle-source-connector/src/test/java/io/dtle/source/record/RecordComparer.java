package io.dtle.source.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares Debezium's JSON records with ours, field by field, keeping a tally per column
 * so the test can print which types match. Only the fields listed below are skipped.
 */
final class RecordComparer {

    /**
     * Envelope fields that legitimately differ: {@code ts_*} are each connector's own clock
     * when it built the record; {@code transaction} is null in Debezium by default
     * (provide.transaction.metadata=false) and always filled by dtle.
     */
    static final Set<String> IGNORED_ENVELOPE_PAYLOAD = Set.of("ts_ms", "ts_us", "ts_ns", "transaction");
    /** Source fields skipped on snapshot rows: the time each connector's own snapshot ran. */
    static final Set<String> IGNORED_SNAPSHOT_SOURCE = Set.of("ts_ms", "ts_us", "ts_ns");
    /** Source fields skipped on binlog rows: none; every one comes from the binlog. */
    static final Set<String> IGNORED_BINLOG_SOURCE = Set.of();

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, int[]> tally = new LinkedHashMap<>();
    private final List<String> mismatches = new ArrayList<>();

    /** Schema change payload fields skipped: {@code ts_ms} is each connector's clock. */
    static final Set<String> IGNORED_SCHEMA_CHANGE_PAYLOAD = Set.of("ts_ms");

    /** Compares one streamed schema change record pair (tally column 2). */
    void compareSchemaChange(byte[] theirKey, byte[] theirValue, byte[] ourKey, byte[] ourValue) throws IOException {
        compareSchemaChange("ddl", IGNORED_BINLOG_SOURCE, theirKey, theirValue, ourKey, ourValue);
    }

    /** Compares one schema change record pair of the snapshot, whose source time is each connector's clock. */
    void compareSnapshotSchemaChange(byte[] theirKey, byte[] theirValue, byte[] ourKey, byte[] ourValue)
            throws IOException {
        compareSchemaChange("snapshot ddl", IGNORED_SNAPSHOT_SOURCE, theirKey, theirValue, ourKey, ourValue);
    }

    private void compareSchemaChange(String path, Set<String> ignoredSource, byte[] theirKey, byte[] theirValue,
            byte[] ourKey, byte[] ourValue) throws IOException {
        check(path, 2, "(key)", read(theirKey), read(ourKey));
        JsonNode tv = read(theirValue);
        JsonNode ov = read(ourValue);
        check(path, 2, "(value schema)", tv.get("schema"), ov.get("schema"));
        JsonNode tp = tv.get("payload");
        JsonNode op = ov.get("payload");
        compareFields(path, 2, "source.", tp.get("source"), op.get("source"), ignoredSource);
        compareFields(path, 2, "ddl.", tp, op, union(IGNORED_SCHEMA_CHANGE_PAYLOAD, Set.of("source")));
    }

    /** Compares one record pair of the given path ("snapshot" or "binlog"); index 0 of the tally is that path. */
    void compare(String path, int pathIndex, byte[] theirKey, byte[] theirValue, byte[] ourKey, byte[] ourValue)
            throws IOException {
        JsonNode tk = read(theirKey);
        JsonNode ok = read(ourKey);
        check(path, pathIndex, "(key)", tk, ok);
        JsonNode tv = read(theirValue);
        JsonNode ov = read(ourValue);
        if (tv == null || ov == null) {
            check(path, pathIndex, "(tombstone)", tv, ov);
            return;
        }
        check(path, pathIndex, "(value schema)", tv.get("schema"), ov.get("schema"));
        JsonNode tp = tv.get("payload");
        JsonNode op = ov.get("payload");
        check(path, pathIndex, "(op)", tp.get("op"), op.get("op"));
        compareRow(path, pathIndex, tp.get("before"), op.get("before"));
        compareRow(path, pathIndex, tp.get("after"), op.get("after"));
        Set<String> ignoredSource = pathIndex == 0 ? IGNORED_SNAPSHOT_SOURCE : IGNORED_BINLOG_SOURCE;
        compareFields(path, pathIndex, "source.", tp.get("source"), op.get("source"), ignoredSource);
        compareFields(path, pathIndex, "envelope.", tp, op, union(IGNORED_ENVELOPE_PAYLOAD, Set.of("before", "after",
                "source", "op")));
    }

    /**
     * Headers skipped by prefix: Debezium 3's run-context headers (connector name, logical
     * name, task id, run id) describe which Debezium task produced a record, not the data;
     * dtle's own provenance is its dtle.* headers.
     */
    static final String IGNORED_HEADER_PREFIX = "__debezium.context.";

    /** Headers by name with their converted text: the primary-key change keys must match. */
    void compareHeaders(String path, int pathIndex, Map<String, String> theirs, Map<String, String> ours) {
        Map<String, String> compared = new java.util.TreeMap<>(theirs);
        compared.keySet().removeIf(name -> name.startsWith(IGNORED_HEADER_PREFIX));
        check(path, pathIndex, "(headers)", JSON.valueToTree(compared), JSON.valueToTree(ours));
    }

    Map<String, int[]> tally() {
        return tally;
    }

    List<String> mismatches() {
        return mismatches;
    }

    private void compareRow(String path, int pathIndex, JsonNode theirs, JsonNode ours) {
        if (theirs == null || theirs.isNull() || ours == null || ours.isNull()) {
            check(path, pathIndex, "(row presence)", nullToMissing(theirs), nullToMissing(ours));
            return;
        }
        compareFields(path, pathIndex, "", theirs, ours, Set.of());
    }

    private void compareFields(String path, int pathIndex, String prefix, JsonNode theirs, JsonNode ours,
            Set<String> ignored) {
        Iterator<String> names = theirs.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!ignored.contains(name)) {
                check(path, pathIndex, prefix + name, theirs.get(name), ours.get(name));
            }
        }
        ours.fieldNames().forEachRemaining(name -> {
            if (!theirs.has(name) && !ignored.contains(name)) {
                check(path, pathIndex, prefix + name, null, ours.get(name));
            }
        });
    }

    private void check(String path, int pathIndex, String what, JsonNode theirs, JsonNode ours) {
        int[] counts = tally.computeIfAbsent(what, k -> new int[6]);
        counts[pathIndex * 2]++;
        boolean same = theirs == null ? ours == null : theirs.equals(ours);
        if (same) {
            counts[pathIndex * 2 + 1]++;
        } else {
            mismatches.add(path + " " + what + ": debezium=" + abbreviate(theirs) + " dtle=" + abbreviate(ours));
        }
    }

    private static JsonNode nullToMissing(JsonNode node) {
        return node == null || node.isNull() ? null : node;
    }

    private static String abbreviate(JsonNode node) {
        String text = String.valueOf(node);
        return text.length() > 4000 ? text.substring(0, 4000) + "..." : text;
    }

    private static JsonNode read(byte[] bytes) throws IOException {
        return bytes == null ? null : JSON.readTree(bytes);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
