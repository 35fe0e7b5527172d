package io.dtle.sink.apply;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counters of one sink task, published as {@link SinkMetricsMXBean} while the task runs. */
public final class ApplyMetrics implements SinkMetricsMXBean, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApplyMetrics.class);

    private final AtomicLong transactionsApplied = new AtomicLong();
    private final AtomicLong transactionsSkipped = new AtomicLong();
    private final AtomicLong transactionsRefused = new AtomicLong();
    private final AtomicLong rowsApplied = new AtomicLong();
    private final AtomicLong upsertRowsApplied = new AtomicLong();
    private final AtomicLong ddlApplied = new AtomicLong();
    private final AtomicLong applyLagMillis = new AtomicLong();
    private final AtomicLong insertsReplacedByKey = new AtomicLong();
    private final AtomicLong updatesMissingRow = new AtomicLong();
    private volatile LongSupplier inFlight = () -> 0;
    private volatile LongSupplier retries = () -> 0;
    private volatile Supplier<String> executed = () -> "";
    private ObjectName registered;

    public static ObjectName name(String connector, String task) throws JMException {
        return new ObjectName("io.dtle:type=sink-task-metrics,connector=" + ObjectName.quote(connector)
                + ",task=" + ObjectName.quote(task));
    }

    /** Registers under {@link #name}; a bean left behind by an earlier task of the same name is replaced. */
    public void register(String connector, String task) {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName name = name(connector, task);
            if (server.isRegistered(name)) {
                server.unregisterMBean(name);
            }
            server.registerMBean(this, name);
            registered = name;
        } catch (JMException e) {
            LOG.warn("Cannot register the sink metrics bean; metrics stay unavailable over JMX", e);
        }
    }

    void bind(LongSupplier inFlight, LongSupplier retries, Supplier<String> executed) {
        this.inFlight = inFlight;
        this.retries = retries;
        this.executed = executed;
    }

    void transactionApplied(int rows, long sourceCommitMillis) {
        transactionsApplied(1, rows, sourceCommitMillis);
    }

    void transactionsApplied(int transactions, int rows, long sourceCommitMillis) {
        transactionsApplied.addAndGet(transactions);
        rowsApplied.addAndGet(rows);
        if (sourceCommitMillis > 0) {
            applyLagMillis.set(Math.max(0, System.currentTimeMillis() - sourceCommitMillis));
        }
    }

    void transactionSkipped() {
        transactionsSkipped.incrementAndGet();
    }

    void transactionRefused() {
        transactionsRefused.incrementAndGet();
    }

    void upsertRowsApplied(int rows) {
        upsertRowsApplied.addAndGet(rows);
    }

    void ddlApplied() {
        ddlApplied.incrementAndGet();
    }

    void insertReplacedRows(int rows) {
        insertsReplacedByKey.addAndGet(rows);
    }

    void updateMissedRow() {
        updatesMissingRow.incrementAndGet();
    }

    @Override
    public long getTransactionsApplied() {
        return transactionsApplied.get();
    }

    @Override
    public long getTransactionsSkipped() {
        return transactionsSkipped.get();
    }

    @Override
    public long getTransactionsSentToDeadLetterQueue() {
        return transactionsRefused.get();
    }

    @Override
    public long getRowsApplied() {
        return rowsApplied.get();
    }

    @Override
    public long getUpsertRowsApplied() {
        return upsertRowsApplied.get();
    }

    @Override
    public long getDdlApplied() {
        return ddlApplied.get();
    }

    @Override
    public long getApplyLagMillis() {
        return applyLagMillis.get();
    }

    @Override
    public long getUnitsInFlight() {
        return inFlight.getAsLong();
    }

    @Override
    public long getRetries() {
        return retries.getAsLong();
    }

    @Override
    public long getInsertsReplacedByKey() {
        return insertsReplacedByKey.get();
    }

    @Override
    public long getUpdatesMissingRow() {
        return updatesMissingRow.get();
    }

    @Override
    public String getExecutedGtidSet() {
        return executed.get();
    }

    @Override
    public void close() {
        if (registered == null) {
            return;
        }
        try {
            ManagementFactory.getPlatformMBeanServer().unregisterMBean(registered);
        } catch (JMException e) {
            LOG.debug("Sink metrics bean already gone", e);
        }
        registered = null;
    }
}
