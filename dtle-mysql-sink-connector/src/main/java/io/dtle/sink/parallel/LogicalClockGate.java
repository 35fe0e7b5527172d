package io.dtle.sink.parallel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * MySQL's LOGICAL_CLOCK rule for units that carry {@code last_committed}/{@code sequence_number}: a unit may start
 * once every earlier unit with {@code sequence_number <= last_committed} has committed.
 *
 * <p>Both numbers restart in each binlog file (and differ between source servers), so a sequence number that does not
 * grow opens a new epoch: a unit of a later epoch waits until every clocked unit of the earlier epochs has committed,
 * the way a MySQL replica waits at a binlog rotation. Not thread-safe.
 *
 * @param <T> what waits at the gate
 */
final class LogicalClockGate<T> {

    /** A unit's place in the clock: the epoch it belongs to and its two numbers. */
    record Ticket(long epoch, long lastCommitted, long sequenceNumber) {
    }

    private record Waiter<T>(Ticket ticket, T waiter) {
    }

    /** Epoch to the sequence numbers of its units not yet committed. */
    private final TreeMap<Long, TreeSet<Long>> uncommitted = new TreeMap<>();
    private final PriorityQueue<Waiter<T>> waiters = new PriorityQueue<>(
            Comparator.<Waiter<T>>comparingLong(w -> w.ticket().epoch())
                    .thenComparingLong(w -> w.ticket().lastCommitted()));
    private long epoch;
    private long lastSequenceNumber = Long.MIN_VALUE;

    /** Registers the next unit, in submission order, as not committed. */
    Ticket admit(long lastCommitted, long sequenceNumber) {
        if (sequenceNumber <= lastSequenceNumber) {
            epoch++;
        }
        lastSequenceNumber = sequenceNumber;
        // A unit cannot wait for itself; a malformed clock means "after everything before it".
        long effectiveLastCommitted = Math.min(lastCommitted, sequenceNumber - 1);
        Ticket ticket = new Ticket(epoch, effectiveLastCommitted, sequenceNumber);
        uncommitted.computeIfAbsent(epoch, e -> new TreeSet<>()).add(sequenceNumber);
        return ticket;
    }

    /** True when every earlier unit this ticket depends on has committed. */
    boolean isOpen(Ticket ticket) {
        var oldest = uncommitted.firstEntry();
        return oldest.getKey() == ticket.epoch() && oldest.getValue().first() > ticket.lastCommitted();
    }

    /** Parks {@code waiter} until {@link #committed} reports its ticket open. */
    void await(Ticket ticket, T waiter) {
        waiters.add(new Waiter<>(ticket, waiter));
    }

    /** Marks the ticket's unit committed and returns the waiters that may start now. */
    List<T> committed(Ticket ticket) {
        TreeSet<Long> numbers = uncommitted.get(ticket.epoch());
        if (numbers == null || !numbers.remove(ticket.sequenceNumber())) {
            throw new IllegalStateException("ticket " + ticket + " was not admitted or is already committed");
        }
        if (numbers.isEmpty()) {
            uncommitted.remove(ticket.epoch());
        }
        List<T> open = new ArrayList<>();
        // Waiters are ordered by epoch, then last_committed: when the head cannot start, none behind it can.
        while (!waiters.isEmpty() && isOpen(waiters.peek().ticket())) {
            open.add(waiters.poll().waiter());
        }
        return open;
    }

    int waiting() {
        return waiters.size();
    }
}
