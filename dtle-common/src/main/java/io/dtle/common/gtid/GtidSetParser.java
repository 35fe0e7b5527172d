package io.dtle.common.gtid;

import java.util.Objects;
import java.util.UUID;

/**
 * Reads GTID set text the way MySQL does: whitespace (newlines included) around every part,
 * UUIDs in either case, the same UUID or overlapping ranges more than once, empty elements
 * between commas, and 8.4 tags ({@code uuid:1-5:tag:1-3}).
 *
 * <p>Stricter than MySQL where leniency would lose transactions silently: a UUID or tag with no
 * ranges after it, and a reversed range such as {@code 5-3} (MySQL ignores both), are errors,
 * and numbers are decimal only (MySQL also takes hex and octal).
 */
final class GtidSetParser {
    private static final String ELEMENT_FORM = "UUID:N[-M][:N[-M]]... (or UUID:TAG:N[-M]... since MySQL 8.4)";

    private GtidSetParser() {
    }

    static GtidSet parse(String text) {
        Objects.requireNonNull(text, "GTID set text");
        GtidText lexer = new GtidText("GTID set", text);
        GtidSet.Builder set = GtidSet.builder();
        for (String element : text.split(",", -1)) {
            String trimmed = element.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            String[] parts = trimmed.split(":", -1);
            UUID uuid = lexer.uuid(parts[0].strip());
            addRanges(uuid, parts, 1, trimmed, lexer, set);
        }
        return set.build();
    }

    static GtidSet parse(UUID sourceUuid, String intervalText) {
        Objects.requireNonNull(sourceUuid, "sourceUuid");
        Objects.requireNonNull(intervalText, "intervalText");
        String trimmed = intervalText.strip();
        if (trimmed.isEmpty()) {
            return GtidSet.empty();
        }
        GtidText lexer = new GtidText("GTID intervals of " + sourceUuid, intervalText);
        GtidSet.Builder set = GtidSet.builder();
        addRanges(sourceUuid, trimmed.split(":", -1), 0, trimmed, lexer, set);
        return set.build();
    }

    /** Reads {@code parts[from..]}: ranges, each tag switching the source of the ranges after it. */
    private static void addRanges(UUID uuid, String[] parts, int from, String element, GtidText lexer,
            GtidSet.Builder set) {
        SourceId source = SourceId.untagged(uuid);
        boolean sourceHasRanges = false;
        long[] bounds = new long[2];
        for (int i = from; i < parts.length; i++) {
            String part = parts[i].strip();
            if (GtidText.startsTag(part)) {
                requireRanges(source, sourceHasRanges || i == from, element, lexer);
                source = new SourceId(uuid, lexer.tag(part));
                sourceHasRanges = false;
            } else {
                lexer.interval(part, bounds);
                set.add(source, Intervals.of(bounds[0], bounds[1]));
                sourceHasRanges = true;
            }
        }
        requireRanges(source, sourceHasRanges, element, lexer);
    }

    private static void requireRanges(SourceId source, boolean hasRanges, String element, GtidText lexer) {
        if (!hasRanges) {
            // MySQL accepts this and adds nothing; as a start position it would silently mean "none of these".
            String what = source.isTagged() ? "has no transactions after tag \"" + source.tag() + "\""
                    : "has no transactions";
            throw lexer.error(element, what, ELEMENT_FORM);
        }
    }
}
