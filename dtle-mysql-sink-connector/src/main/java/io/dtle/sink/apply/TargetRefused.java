package io.dtle.sink.apply;

import io.dtle.common.gtid.Gtid;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * The target refused something for its data (a constraint, data too long, a missing table): applying it again gives
 * the same error. Nothing uncommitted lies before {@link #rewindTo()}; reading the topics again from there, a new
 * stream that knows the refusal ({@link #noteIn}) sends the refused records to the dead-letter queue instead.
 */
public final class TargetRefused extends ConnectException {
    private final String what;
    private final transient Map<TopicPartition, Long> rewindTo;
    private final transient Consumer<Refusals> note;
    private final boolean narrowsDown;

    private TargetRefused(String what, Map<TopicPartition, Long> rewindTo, Throwable cause, Consumer<Refusals> note,
                          boolean narrowsDown) {
        super(cause.getMessage(), cause);
        this.what = what;
        this.rewindTo = Map.copyOf(rewindTo);
        this.note = note;
        this.narrowsDown = narrowsDown;
    }

    private TargetRefused(String what, Map<TopicPartition, Long> rewindTo, Throwable cause, Consumer<Refusals> note) {
        this(what, rewindTo, cause, note, false);
    }

    static TargetRefused transaction(String gtid, Map<TopicPartition, Long> rewindTo, Throwable cause) {
        return new TargetRefused("source transaction " + gtid, rewindTo, cause,
                refusals -> refusals.addTransaction(gtid, cause));
    }

    static TargetRefused row(TopicPartition partition, long offset, Map<TopicPartition, Long> rewindTo,
                             Throwable cause) {
        return new TargetRefused("the row at " + partition + " offset " + offset, rewindTo, cause,
                refusals -> refusals.addRow(partition, offset, cause));
    }

    static TargetRefused rowBatch(Map<TopicPartition, Long> end, Map<TopicPartition, Long> rewindTo,
                                  Throwable cause) {
        return new TargetRefused("a batch of snapshot or per-table rows (applying the rows before " + end
                + " one at a time to find the refused ones)", rewindTo, cause,
                refusals -> refusals.oneRowAtATimeBefore(end), true);
    }

    /** Several source transactions applied in one target transaction: read again, each is applied alone. */
    static TargetRefused group(List<Gtid> gtids, Map<TopicPartition, Long> rewindTo, Throwable cause) {
        return new TargetRefused("source transactions " + gtids.get(0) + " to " + gtids.get(gtids.size() - 1)
                + ", applied together (applying each alone to find the refused one)", rewindTo, cause,
                refusals -> refusals.applyAlone(gtids), true);
    }

    /**
     * True when what was refused holds several transactions or rows, and reading it again one by one finds which:
     * worth doing also when errors are not tolerated, so the failure names the one at fault.
     */
    public boolean narrowsDown() {
        return narrowsDown;
    }

    /** What was refused, for the log. */
    public String what() {
        return what;
    }

    /** Positions with nothing uncommitted before them, at or before what was refused. */
    public Map<TopicPartition, Long> rewindTo() {
        return rewindTo;
    }

    /** Tells {@code refusals} what to send to the dead-letter queue, or how to find it. */
    public void noteIn(Refusals refusals) {
        note.accept(refusals);
    }
}
