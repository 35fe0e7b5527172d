package io.dtle.common.gtid;

import java.util.Objects;
import java.util.UUID;

/**
 * One MySQL transaction id: {@code uuid:n}, or since MySQL 8.4 the tagged {@code uuid:tag:n}.
 *
 * <p>Tagged GTIDs are supported: the tag is part of the identity ({@code uuid:a:1} and
 * {@code uuid:1} are different transactions), stored and printed in lower case as MySQL does
 * (tags compare case-insensitively). An untagged GTID has the tag {@code ""}.
 * Immutable; equal when UUID, tag and number are equal.
 */
public final class Gtid {
    /** MySQL keeps transaction numbers below 2^63-1 (its GNO_END); the range is 1 to this. */
    public static final long MAX_TRANSACTION_NUMBER = Long.MAX_VALUE - 1;

    private static final String FORM = "UUID:N or UUID:TAG:N";

    private final SourceId source;
    private final long transactionNumber;

    private Gtid(SourceId source, long transactionNumber) {
        if (transactionNumber < 1 || transactionNumber > MAX_TRANSACTION_NUMBER) {
            throw new IllegalArgumentException("GTID " + source + ":" + transactionNumber
                    + ": transaction numbers go from 1 to " + MAX_TRANSACTION_NUMBER);
        }
        this.source = source;
        this.transactionNumber = transactionNumber;
    }

    public static Gtid of(UUID sourceUuid, long transactionNumber) {
        return new Gtid(SourceId.untagged(sourceUuid), transactionNumber);
    }

    /** A tagged GTID; {@code tag} "" means untagged, any other tag must be a valid MySQL tag. */
    public static Gtid of(UUID sourceUuid, String tag, long transactionNumber) {
        Objects.requireNonNull(tag, "tag");
        String normalised = tag.isEmpty() ? "" : new GtidText("GTID tag", tag).tag(tag);
        return new Gtid(new SourceId(sourceUuid, normalised), transactionNumber);
    }

    /** Parses {@code uuid:n} or {@code uuid:tag:n}, with whitespace around the parts allowed as in MySQL. */
    public static Gtid parse(String text) {
        GtidText lexer = new GtidText("GTID", text);
        String[] parts = text.split(":", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw lexer.error(text, "does not have 2 or 3 parts separated by ':'", FORM);
        }
        UUID uuid = lexer.uuid(parts[0].strip());
        String tag = parts.length == 3 ? lexer.tag(parts[1].strip()) : "";
        long number = lexer.transactionNumber(parts[parts.length - 1].strip(), FORM);
        return new Gtid(new SourceId(uuid, tag), number);
    }

    public UUID sourceUuid() {
        return source.uuid();
    }

    /** The tag in lower case, or "" for an untagged GTID. */
    public String tag() {
        return source.tag();
    }

    public boolean isTagged() {
        return source.isTagged();
    }

    public long transactionNumber() {
        return transactionNumber;
    }

    SourceId source() {
        return source;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Gtid gtid && transactionNumber == gtid.transactionNumber && source.equals(gtid.source);
    }

    @Override
    public int hashCode() {
        return 31 * source.hashCode() + Long.hashCode(transactionNumber);
    }

    /** MySQL's form: {@code 3e11fa47-71ca-11e1-9e33-c80aa9429562:23}, or {@code ...:tag:23}. */
    @Override
    public String toString() {
        return source + ":" + transactionNumber;
    }
}
