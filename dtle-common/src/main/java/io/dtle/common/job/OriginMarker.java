package io.dtle.common.job;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comment a dtle sink puts in front of each DDL statement it applies: a DDL statement commits on its own, so
 * it cannot share a transaction with the bookkeeping row, and the comment is how a source reading the target's
 * binlog knows the statement came from a dtle job (loops, ARCHITECTURE.md). MySQL writes the statement to the
 * binlog with its leading comment.
 *
 * <p>Form: {@code /*dtle:origin=<job uuid>;gtid=<source gtid>*&#47; <ddl>}.
 */
public record OriginMarker(UUID job, String gtid) {
    private static final Pattern MARKER = Pattern.compile(
            "^\\s*/\\*dtle:origin=([0-9a-fA-F-]{36});gtid=([^*;]*)\\*/");

    public OriginMarker {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(gtid, "gtid");
        if (gtid.contains("*/") || gtid.contains(";")) {
            throw new IllegalArgumentException("A GTID in a DDL marker cannot contain '*/' or ';': " + gtid);
        }
    }

    /** The statement with this marker in front. */
    public String mark(String ddl) {
        return "/*dtle:origin=" + job + ";gtid=" + gtid + "*/ " + ddl;
    }

    /** The marker at the start of a statement, if there is one. */
    public static Optional<OriginMarker> read(String statement) {
        if (statement == null) {
            return Optional.empty();
        }
        Matcher matcher = MARKER.matcher(statement);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(new OriginMarker(UUID.fromString(matcher.group(1)), matcher.group(2)));
    }
}
