package io.dtle.common.expr;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Pattern;

/**
 * Reads a MySQL TIME string: '[-][D ]hh:mm:ss[.ffffff]', 'hh:mm', packed 'hhmmss' ('1230' is 00:12:30), or a
 * datetime whose time of day is taken. Unlike dates, the whole string must be a time (trailing spaces
 * aside): MySQL does not match a TIME column against '12:30:00x'.
 */
final class TimeReader {
    private static final Pattern WITH_DATE = Pattern.compile("\\d{2,4}[-/.]\\d{1,2}[-/.]\\d{1,2}([ T].*)?");

    private TimeReader() {
    }

    static Duration read(String text) {
        String s = text.strip();
        boolean negative = s.startsWith("-");
        String body = negative ? s.substring(1) : s;
        if (body.isEmpty()) {
            return null;
        }
        if (WITH_DATE.matcher(body).matches()) {
            Object dateTime = Temporals.parseDateTime(body);
            if (dateTime instanceof LocalDate) {
                return Duration.ZERO;
            }
            return dateTime == null ? null
                    : Duration.ofNanos(((LocalDateTime) dateTime).toLocalTime().toNanoOfDay());
        }
        Duration time = body.indexOf(':') >= 0 ? colonForm(body) : packedForm(body);
        if (time == null) {
            return null;
        }
        return Temporals.clampTime(negative ? time.negated() : time);
    }

    private static Duration colonForm(String body) {
        long days = 0;
        String rest = body;
        int space = body.indexOf(' ');
        if (space > 0) {
            if (!isDigits(body.substring(0, space))) {
                return null;
            }
            days = Long.parseLong(body.substring(0, space));
            rest = body.substring(space + 1).strip();
        }
        String fraction = "";
        int dot = rest.indexOf('.');
        if (dot >= 0) {
            fraction = rest.substring(dot + 1);
            rest = rest.substring(0, dot);
        }
        String[] parts = rest.split(":", -1);
        if (parts.length > 3 || !isDigits(fraction) && !fraction.isEmpty()) {
            return null;
        }
        long[] hms = new long[3];
        for (int i = 0; i < parts.length; i++) {
            if (!isDigits(parts[i]) || i > 0 && parts[i].length() > 2) {
                return null;
            }
            hms[i] = Long.parseLong(parts[i]);
        }
        return build(days * 24 + hms[0], hms[1], hms[2], fraction);
    }

    private static Duration packedForm(String body) {
        int dot = body.indexOf('.');
        String digits = dot >= 0 ? body.substring(0, dot) : body;
        String fraction = dot >= 0 ? body.substring(dot + 1) : "";
        if (!isDigits(digits) || !fraction.isEmpty() && !isDigits(fraction)) {
            return null;
        }
        long packed = Long.parseLong(digits);
        return build(packed / 10000, packed / 100 % 100, packed % 100, fraction);
    }

    private static Duration build(long hours, long minutes, long seconds, String fraction) {
        if (minutes > 59 || seconds > 59) {
            return null;
        }
        long micros = 0;
        for (int i = 0; i < 6; i++) {
            micros = micros * 10 + (i < fraction.length() ? fraction.charAt(i) - '0' : 0);
        }
        if (fraction.length() > 6 && fraction.charAt(6) >= '5') {
            micros++;
        }
        return Duration.ofSeconds(hours * 3600 + minutes * 60 + seconds, micros * 1000);
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty() || s.length() > 12) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Numbers.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
