package io.dtle.common.expr;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Reads a MySQL date or datetime string: '2024-01-05', '24-1-5', '2024/01/05 10:30', '2024-01-05T10:30:00.5',
 * '20240105', '20240105103000'. Any punctuation separates the parts, two-digit years below 70 are 20xx,
 * fractions round to microseconds, and text after a valid value is ignored, as in MySQL.
 */
final class DateTimeReader {
    private final String text;
    private int pos;

    DateTimeReader(String text) {
        this.text = text;
    }

    /** A LocalDate, a LocalDateTime (when a time part is present) or null. */
    Object read() {
        skipSpaces();
        int start = pos;
        int run = digits();
        pos = start;
        if (run >= 5 || run == text.length() - start && run > 0) {
            return packed(run);
        }
        int yearStart = pos;
        int year = number(4);
        int yearDigits = pos - yearStart;
        if (yearDigits == 0 || !delimiter()) {
            return null;
        }
        int month = number(2);
        if (month < 0 || !delimiter()) {
            return null;
        }
        int day = number(2);
        if (day < 0) {
            return null;
        }
        LocalDate date = Temporals.date(yearDigits <= 2 ? twoDigitYear(year) : year, month, day);
        if (date == null || !timeFollows()) {
            return date;
        }
        return withTime(date);
    }

    private Object packed(int run) {
        String digits = text.substring(pos, pos + run);
        pos += run;
        if (run == 6 || run == 8) {
            return Temporals.packedDate(Long.parseLong(digits));
        }
        if (run != 12 && run != 14) {
            return null;
        }
        LocalDate date = Temporals.packedDate(Long.parseLong(digits.substring(0, run - 6)));
        long hms = Long.parseLong(digits.substring(run - 6));
        LocalTime time = Temporals.time((int) (hms / 10000), (int) (hms / 100 % 100), (int) (hms % 100), 0);
        if (date == null || time == null) {
            return null;
        }
        return addFraction(LocalDateTime.of(date, time));
    }

    private Object withTime(LocalDate date) {
        int hour = number(2);
        int minute = 0;
        int second = 0;
        if (delimiter()) {
            minute = Math.max(number(2), 0);
            if (delimiter()) {
                second = Math.max(number(2), 0);
            }
        }
        LocalTime time = Temporals.time(hour, minute, second, 0);
        if (time == null) {
            return null;
        }
        if (date == Temporals.ZERO_DATE) {
            return time.equals(LocalTime.MIDNIGHT) ? Temporals.ZERO_DATETIME : null;
        }
        return addFraction(LocalDateTime.of(date, time));
    }

    /** A fraction after the seconds, rounded half up to microseconds like MySQL. */
    private LocalDateTime addFraction(LocalDateTime value) {
        if (pos >= text.length() || text.charAt(pos) != '.') {
            return value;
        }
        pos++;
        long micros = 0;
        int count = 0;
        while (pos < text.length() && Numbers.isDigit(text.charAt(pos))) {
            int digit = text.charAt(pos++) - '0';
            if (count < 6) {
                micros = micros * 10 + digit;
            } else if (count == 6 && digit >= 5) {
                micros++;
            }
            count++;
        }
        for (; count < 6; count++) {
            micros *= 10;
        }
        return value.plusNanos(micros * 1000);
    }

    /** Whether a time part follows the date: 'T' or spaces, then a digit. */
    private boolean timeFollows() {
        int save = pos;
        if (pos < text.length() && text.charAt(pos) == 'T') {
            pos++;
        } else {
            skipSpaces();
        }
        if (pos > save && pos < text.length() && Numbers.isDigit(text.charAt(pos))) {
            return true;
        }
        pos = save;
        return false;
    }

    /** One or more punctuation characters between parts. */
    private boolean delimiter() {
        int start = pos;
        while (pos < text.length() && isPunctuation(text.charAt(pos))) {
            pos++;
        }
        return pos > start && pos < text.length() && Numbers.isDigit(text.charAt(pos));
    }

    private int number(int maxDigits) {
        int value = 0;
        int count = 0;
        while (count < maxDigits && pos < text.length() && Numbers.isDigit(text.charAt(pos))) {
            value = value * 10 + text.charAt(pos++) - '0';
            count++;
        }
        return count == 0 ? -1 : value;
    }

    private int digits() {
        int count = 0;
        while (pos < text.length() && Numbers.isDigit(text.charAt(pos))) {
            pos++;
            count++;
        }
        return count;
    }

    private void skipSpaces() {
        while (pos < text.length() && Numbers.isSpace(text.charAt(pos))) {
            pos++;
        }
    }

    private static boolean isPunctuation(char c) {
        return c < 128 && !Character.isLetterOrDigit(c) && !Numbers.isSpace(c);
    }

    private static int twoDigitYear(int year) {
        return year < 70 ? 2000 + year : 1900 + year;
    }
}
