package io.dtle.common.gtid;

import java.util.Locale;
import java.util.UUID;

/**
 * The lexical pieces of MySQL's GTID text (UUID, tag, transaction number, interval) for one
 * input, and the error messages users see when a piece is wrong. Every message quotes the
 * input, the bad part, and the form expected, because these strings come from job files and
 * offsets that a person has to fix by hand.
 */
final class GtidText {
    static final int UUID_LENGTH = 36;
    static final int MAX_TAG_LENGTH = 32;
    static final String INTERVAL_FORM = "N or N-M";
    static final String UUID_FORM = "36 characters like 3e11fa47-71ca-11e1-9e33-c80aa9429562";
    static final String TAG_FORM = "a tag: a letter or _ then up to 31 letters, digits or _";

    /** Long sets (a busy server's gtid_executed) would drown the message; the bad part is quoted on its own anyway. */
    private static final int QUOTED_INPUT_LIMIT = 200;

    private final String kind;
    private final String input;

    GtidText(String kind, String input) {
        this.kind = kind;
        this.input = input;
    }

    /** The UUID in its canonical 8-4-4-4-12 form, either case; MySQL's GTID parser takes no other form. */
    UUID uuid(String token) {
        if (!isUuid(token)) {
            throw error(token, "is not a UUID", UUID_FORM);
        }
        return new UUID(hex(token, 0, 8) << 32 | hex(token, 9, 13) << 16 | hex(token, 14, 18),
                hex(token, 19, 23) << 48 | hex(token, 24, 36));
    }

    /** True when the token can only be meant as a tag: MySQL tells tags from numbers by the first character. */
    static boolean startsTag(String token) {
        return !token.isEmpty() && isTagStart(token.charAt(0));
    }

    /** The tag in MySQL's stored form: tags compare case-insensitively, and MySQL prints them in lower case. */
    String tag(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!(isTagStart(c) || i > 0 && isAsciiDigit(c))) {
                throw error(token, "is not a tag", TAG_FORM);
            }
        }
        if (token.length() > MAX_TAG_LENGTH) {
            throw error(token, "is longer than " + MAX_TAG_LENGTH + " characters", TAG_FORM);
        }
        return token.toLowerCase(Locale.ROOT);
    }

    /** One transaction number, for text that names a single transaction. */
    long transactionNumber(String token, String expected) {
        long number = number(token, token, "is not a transaction number", expected);
        if (number == 0) {
            throw error(token, "is 0, but transaction numbers start at 1", expected);
        }
        return number;
    }

    /** Parses "N" or "N-M" (whitespace allowed around the dash, as MySQL does) into {@code bounds[0..1]}. */
    void interval(String token, long[] bounds) {
        int dash = token.indexOf('-');
        String first = dash < 0 ? token : token.substring(0, dash).strip();
        String last = dash < 0 ? token : token.substring(dash + 1).strip();
        long start = number(first, token, "is not an interval", INTERVAL_FORM);
        long end = number(last, token, "is not an interval", INTERVAL_FORM);
        if (start == 0) {
            throw error(token, "starts at 0, but transaction numbers start at 1", INTERVAL_FORM);
        }
        if (end < start) {
            // MySQL silently drops such an interval; a start position that loses a typo is worse than an error.
            throw error(token, "ends before it starts", "N-M with N <= M");
        }
        bounds[0] = start;
        bounds[1] = end;
    }

    IllegalArgumentException error(String part, String problem, String expected) {
        return error(kind, input, part, problem, expected);
    }

    /** The one message shape of this package: {@code KIND "input": "part" problem; expected FORM}. */
    static IllegalArgumentException error(String kind, String input, String part, String problem, String expected) {
        return new IllegalArgumentException(
                kind + " \"" + shorten(input) + "\": \"" + shorten(part) + "\" " + problem + "; expected " + expected);
    }

    private long number(String digits, String token, String problem, String expected) {
        if (digits.isEmpty() || !digits.chars().allMatch(GtidText::isAsciiDigit)) {
            throw error(token, problem, expected);
        }
        try {
            long value = Long.parseLong(digits);
            if (value <= Gtid.MAX_TRANSACTION_NUMBER) {
                return value;
            }
        } catch (NumberFormatException tooLong) {
            // falls through to the range message below
        }
        throw error(token, "is out of range: transaction numbers go up to " + Gtid.MAX_TRANSACTION_NUMBER, expected);
    }

    private static boolean isUuid(String token) {
        if (token.length() != UUID_LENGTH) {
            return false;
        }
        for (int i = 0; i < UUID_LENGTH; i++) {
            char c = token.charAt(i);
            boolean dashPlace = i == 8 || i == 13 || i == 18 || i == 23;
            if (dashPlace ? c != '-' : !isHexDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHexDigit(char c) {
        return isAsciiDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static long hex(String text, int from, int to) {
        return Long.parseUnsignedLong(text.substring(from, to), 16);
    }

    private static boolean isTagStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static String shorten(String text) {
        return text.length() <= QUOTED_INPUT_LIMIT ? text : text.substring(0, QUOTED_INPUT_LIMIT) + "...";
    }
}
