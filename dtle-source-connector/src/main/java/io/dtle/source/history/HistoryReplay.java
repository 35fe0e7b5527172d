package io.dtle.source.history;

import io.dtle.source.binlog.BinlogPosition;
import io.dtle.source.schema.AppliedDdl;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What to replay for a restart at a stored position P: the last baseline at or before P, then, in topic order, the
 * DDL entries after it that are at or before P. DDL entries after P are left out (the stream reads those statements
 * again) but remembered, so that writing them again can be skipped; an entry written twice is replayed once.
 */
public record HistoryReplay(List<AppliedDdl> statements, int ddlCount, Set<HistoryEntry> ahead) {

    public HistoryReplay {
        statements = List.copyOf(statements);
        ahead = Set.copyOf(ahead);
    }

    /** Empty when no baseline is at or before {@code at}. */
    public static Optional<HistoryReplay> plan(List<HistoryEntry> entries, BinlogPosition at) {
        int baseline = -1;
        for (int i = 0; i < entries.size(); i++) {
            HistoryEntry entry = entries.get(i);
            if (entry.kind() == HistoryEntry.Kind.BASELINE && PositionOrder.atOrBefore(entry.position(), at)) {
                baseline = i;
            }
        }
        if (baseline < 0) {
            return Optional.empty();
        }
        List<AppliedDdl> statements = new ArrayList<>(entries.get(baseline).statements());
        Set<HistoryEntry> replayed = new LinkedHashSet<>();
        Set<HistoryEntry> ahead = new LinkedHashSet<>();
        for (HistoryEntry entry : entries.subList(baseline + 1, entries.size())) {
            if (entry.kind() != HistoryEntry.Kind.DDL) {
                continue;
            }
            if (!PositionOrder.atOrBefore(entry.position(), at)) {
                ahead.add(entry);
            } else if (replayed.add(entry)) {
                statements.add(entry.statements().get(0));
            }
        }
        return Optional.of(new HistoryReplay(statements, replayed.size(), ahead));
    }
}
