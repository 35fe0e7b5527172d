package io.dtle.source.metric;

import io.dtle.source.binlog.BinlogEvent;
import io.dtle.source.binlog.BinlogPosition;
import io.dtle.source.binlog.RowChange;
import io.dtle.source.binlog.TransactionBegin;
import io.dtle.source.binlog.TransactionEnd;
import java.time.Clock;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

/**
 * The binlog stream's counters, fed with every event the task takes from the reader (in binlog order, on the task
 * thread) and read by JMX threads. Row events count before the table and Where filters, as Debezium counts what
 * it reads; the lag is the time since the source committed the last transaction seen (MySQL 8's original commit
 * time when the binlog has it, else the event header's second).
 */
public final class StreamingMetrics implements StreamingMetricsMXBean {
    /** What the reader tells about its connection and queue. */
    public interface ReaderState {
        boolean connected();

        int queueCapacity();

        int queueRemaining();
    }

    private static final ReaderState NO_READER = new ReaderState() {
        @Override
        public boolean connected() {
            return false;
        }

        @Override
        public int queueCapacity() {
            return 0;
        }

        @Override
        public int queueRemaining() {
            return 0;
        }
    };

    private final Clock clock;
    private volatile ReaderState reader = NO_READER;
    private volatile long events;
    private volatile long creates;
    private volatile long updates;
    private volatile long deletes;
    private volatile long committed;
    private volatile String lastTransactionId;
    private volatile String currentTransactionId;
    private volatile long sourceMillis;
    private volatile long lastEventMillis;
    private volatile BinlogPosition position;

    public StreamingMetrics(Clock clock) {
        this.clock = clock;
    }

    public StreamingMetrics() {
        this(Clock.systemUTC());
    }

    public void attach(ReaderState state) {
        this.reader = state == null ? NO_READER : state;
    }

    /** Called for each event in binlog order, by the one thread that handles them. */
    public void observe(BinlogEvent event) {
        position = event.position();
        if (event instanceof TransactionBegin begin) {
            currentTransactionId = begin.gtid().orElse(null);
            sourceMillis = begin.commitTimestampMicros().isPresent()
                    ? begin.commitTimestampMicros().getAsLong() / 1000 : begin.timestampMillis();
        } else if (event instanceof RowChange row) {
            countRow(row.operation());
        } else if (event instanceof TransactionEnd end) {
            committed++;
            lastTransactionId = end.gtid().orElse(currentTransactionId);
            if (sourceMillis == 0) {
                sourceMillis = end.timestampMillis();
            }
        } else {
            return;
        }
        lastEventMillis = clock.millis();
    }

    private void countRow(RowChange.Operation operation) {
        events++;
        switch (operation) {
            case INSERT -> creates++;
            case UPDATE -> updates++;
            case DELETE -> deletes++;
        }
    }

    @Override
    public boolean getConnected() {
        return reader.connected();
    }

    @Override
    public long getMilliSecondsBehindSource() {
        long source = sourceMillis;
        return source == 0 ? -1 : Math.max(0, lastEventMillis - source);
    }

    @Override
    public long getMilliSecondsSinceLastEvent() {
        return lastEventMillis == 0 ? -1 : clock.millis() - lastEventMillis;
    }

    @Override
    public long getTotalNumberOfEventsSeen() {
        return events;
    }

    @Override
    public long getTotalNumberOfCreateEventsSeen() {
        return creates;
    }

    @Override
    public long getTotalNumberOfUpdateEventsSeen() {
        return updates;
    }

    @Override
    public long getTotalNumberOfDeleteEventsSeen() {
        return deletes;
    }

    @Override
    public long getNumberOfCommittedTransactions() {
        return committed;
    }

    @Override
    public String getLastTransactionId() {
        return lastTransactionId;
    }

    @Override
    public String getGtidSet() {
        BinlogPosition at = position;
        if (at == null) {
            return null;
        }
        if (at.gtidSet().isPresent()) {
            return at.gtidSet().get().toString();
        }
        return at.mariaDbGtids().map(Object::toString).orElse(null);
    }

    @Override
    public String getCurrentGtidSet() {
        return getGtidSet();
    }

    @Override
    public boolean getIsGtidModeEnabled() {
        BinlogPosition at = position;
        return at != null && at.isGtidBased();
    }

    @Override
    public String getBinlogFilename() {
        BinlogPosition at = position;
        return at == null ? null : at.file().orElse(null);
    }

    @Override
    public long getBinlogPosition() {
        BinlogPosition at = position;
        return at == null ? 0 : at.pos();
    }

    @Override
    public int getQueueTotalCapacity() {
        return reader.queueCapacity();
    }

    @Override
    public int getQueueRemainingCapacity() {
        return reader.queueRemaining();
    }

    @Override
    public long getEtaSeconds() {
        return 0;
    }
}
