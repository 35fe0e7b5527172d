package io.dtle.source.metric;

import io.debezium.relational.TableId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The snapshot's counters. The task thread writes them, JMX threads read them: every field is volatile or
 * concurrent, and each attribute reads a consistent-enough single value.
 */
public final class SnapshotMetrics implements SnapshotMetricsMXBean {
    private final Clock clock;
    private final Map<String, AtomicLong> rowsScanned = new ConcurrentHashMap<>();
    private volatile List<String> tables = List.of();
    private volatile int totalTables;
    private volatile int remainingTables;
    private volatile long estimated;
    private final AtomicLong copied = new AtomicLong();
    private volatile long startMillis;
    private volatile long endMillis;
    private volatile long lastEventMillis;
    private volatile boolean running;
    private volatile boolean completed;
    private volatile boolean aborted;

    public SnapshotMetrics(Clock clock) {
        this.clock = clock;
    }

    public SnapshotMetrics() {
        this(Clock.systemUTC());
    }

    /** The snapshot starts (or resumes) with these tables still to copy and this row estimate for them. */
    public void started(List<TableId> remaining, int total, long estimatedRows) {
        List<String> names = new ArrayList<>(remaining.size());
        remaining.forEach(id -> names.add(name(id)));
        tables = List.copyOf(names);
        remainingTables = remaining.size();
        estimated = estimatedRows;
        startMillis = clock.millis();
        running = true;
        totalTables = total;
    }

    public void rowsCopied(TableId table, int rows) {
        rowsScanned.computeIfAbsent(name(table), t -> new AtomicLong()).addAndGet(rows);
        copied.addAndGet(rows);
        lastEventMillis = clock.millis();
    }

    public void tableCompleted() {
        remainingTables = Math.max(0, remainingTables - 1);
    }

    public void completed() {
        running = false;
        completed = true;
        endMillis = clock.millis();
    }

    public void aborted() {
        if (running) {
            running = false;
            aborted = true;
            endMillis = clock.millis();
        }
    }

    private static String name(TableId id) {
        return id.catalog() + "." + id.table();
    }

    private long elapsedMillis() {
        if (startMillis == 0) {
            return 0;
        }
        return (running ? clock.millis() : endMillis) - startMillis;
    }

    @Override
    public int getTotalTableCount() {
        return totalTables;
    }

    @Override
    public int getRemainingTableCount() {
        return remainingTables;
    }

    @Override
    public Map<String, Long> getRowsScanned() {
        Map<String, Long> snapshot = new LinkedHashMap<>();
        rowsScanned.forEach((table, rows) -> snapshot.put(table, rows.get()));
        return snapshot;
    }

    @Override
    public String[] getCapturedTables() {
        return tables.toArray(String[]::new);
    }

    @Override
    public boolean getSnapshotRunning() {
        return running;
    }

    @Override
    public boolean getSnapshotCompleted() {
        return completed;
    }

    @Override
    public boolean getSnapshotAborted() {
        return aborted;
    }

    @Override
    public long getSnapshotDurationInSeconds() {
        return elapsedMillis() / 1000;
    }

    @Override
    public long getTotalNumberOfEventsSeen() {
        return copied.get();
    }

    @Override
    public long getMilliSecondsSinceLastEvent() {
        return lastEventMillis == 0 ? -1 : clock.millis() - lastEventMillis;
    }

    @Override
    public long getRowsCopied() {
        return copied.get();
    }

    @Override
    public long getRowsEstimated() {
        return estimated;
    }

    @Override
    public double getProgressPercent() {
        return SnapshotEta.percent(copied.get(), estimated, completed);
    }

    @Override
    public long getEtaSeconds() {
        return running ? SnapshotEta.seconds(elapsedMillis(), copied.get(), estimated) : 0;
    }
}
