package io.dtle.sink.parallel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Decides when a submitted unit may start. A unit waits for:
 * <ul>
 *   <li>each earlier uncommitted unit that shares a write-set key with it;</li>
 *   <li>when both carry the logical clock, each earlier unit whose sequence_number is at most its last_committed
 *       ({@link LogicalClockGate});</li>
 *   <li>an earlier uncommitted exclusive unit; and, when it is exclusive itself, every earlier unit.</li>
 * </ul>
 * Units are added in submission order and reported committed in any order. Not thread-safe.
 */
final class DependencyTracker {

    private static final class Node {
        final Sequenced sequenced;
        final Set<?> writeSet;
        final List<Node> dependents = new ArrayList<>(2);
        LogicalClockGate.Ticket ticket;
        int blockers;

        Node(Sequenced sequenced) {
            this.sequenced = sequenced;
            this.writeSet = sequenced.unit().writeSet();
        }

        long seq() {
            return sequenced.seq();
        }
    }

    private final TreeMap<Long, Node> uncommitted = new TreeMap<>();
    private final Map<Object, Node> lastWriter = new HashMap<>();
    private final LogicalClockGate<Node> clock = new LogicalClockGate<>();
    /** Exclusive units waiting to be the oldest uncommitted unit, in submission order. */
    private final ArrayDeque<Node> barrierWaiters = new ArrayDeque<>();
    private Node lastExclusive;
    private int blocked;

    /** Adds the next unit; returns true when it may start at once. Sequence numbers must grow. */
    boolean add(Sequenced sequenced) {
        if (!uncommitted.isEmpty() && uncommitted.lastKey() >= sequenced.seq()) {
            throw new IllegalArgumentException("unit " + sequenced.seq() + " submitted after " + uncommitted.lastKey());
        }
        Node node = new Node(sequenced);
        ApplyUnit unit = sequenced.unit();
        Set<Node> predecessors = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Object key : node.writeSet) {
            Node previous = lastWriter.put(key, node);
            if (previous != null) {
                predecessors.add(previous);
            }
        }
        if (lastExclusive != null) {
            predecessors.add(lastExclusive);
        }
        for (Node predecessor : predecessors) {
            predecessor.dependents.add(node);
            node.blockers++;
        }
        if (unit.exclusive()) {
            if (!uncommitted.isEmpty()) {
                barrierWaiters.add(node);
                node.blockers++;
            }
            lastExclusive = node;
        }
        if (unit.lastCommitted().isPresent() && unit.sequenceNumber().isPresent()) {
            node.ticket = clock.admit(unit.lastCommitted().getAsLong(), unit.sequenceNumber().getAsLong());
            if (!clock.isOpen(node.ticket)) {
                clock.await(node.ticket, node);
                node.blockers++;
            }
        }
        uncommitted.put(node.seq(), node);
        if (node.blockers > 0) {
            blocked++;
        }
        return node.blockers == 0;
    }

    /** Records that unit {@code seq} committed; returns the units that may start now, oldest first. */
    List<Sequenced> committed(long seq) {
        Node node = uncommitted.remove(seq);
        if (node == null || node.blockers > 0) {
            throw new IllegalStateException("unit " + seq + " was not started or is already committed");
        }
        for (Object key : node.writeSet) {
            lastWriter.remove(key, node);
        }
        if (lastExclusive == node) {
            lastExclusive = null;
        }
        List<Node> released = new ArrayList<>(node.dependents);
        if (node.ticket != null) {
            released.addAll(clock.committed(node.ticket));
        }
        Node barrier = barrierWaiters.peek();
        if (barrier != null && (uncommitted.isEmpty() || uncommitted.firstKey() == barrier.seq())) {
            released.add(barrierWaiters.poll());
        }
        List<Sequenced> ready = new ArrayList<>();
        for (Node waiter : released) {
            if (--waiter.blockers == 0) {
                blocked--;
                ready.add(waiter.sequenced);
            }
        }
        ready.sort(Comparator.comparingLong(Sequenced::seq));
        return ready;
    }

    /** Units that may not start yet. */
    int blocked() {
        return blocked;
    }

    /** Units added and not yet committed. */
    int uncommitted() {
        return uncommitted.size();
    }
}
