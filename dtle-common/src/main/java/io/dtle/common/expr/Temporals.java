package io.dtle.common.expr;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * DATE, DATETIME and TIME values: read from strings and numbers as MySQL reads them, and written back.
 * A DATE is a {@link LocalDate}, a DATETIME or TIMESTAMP a {@link LocalDateTime}, a TIME a {@link Duration}
 * (it can be negative or over 24 hours). MySQL's zero date '0000-00-00' sorts before every other date; it is
 * {@link #ZERO_DATE} (or {@link #ZERO_DATETIME}), the smallest value Java has.
 */
final class Temporals {
    static final LocalDate ZERO_DATE = LocalDate.MIN;
    static final LocalDateTime ZERO_DATETIME = LocalDateTime.MIN;
    private static final long MAX_TIME_SECONDS = 838 * 3600 + 59 * 60 + 59;

    private Temporals() {
    }

    static boolean isTemporal(Object value) {
        return value instanceof LocalDate || value instanceof LocalDateTime || value instanceof Duration;
    }

    /**
     * A date or datetime string: a LocalDate when it has no time part, a LocalDateTime when it has one,
     * null when it is not a valid date. Like MySQL, text after a valid value is ignored ('2024-01-01x').
     */
    static Object parseDateTime(String text) {
        return new DateTimeReader(text).read();
    }

    /**
     * A TIME string ('-1 10:00:00', '838:59:59.5', '12:30', '123000'), or null when the whole string is
     * not one; a string with a date part gives its time of day.
     */
    static Duration parseTime(String text) {
        return TimeReader.read(text);
    }

    /** A number read as a date (YYYYMMDD, YYMMDD) or datetime (YYYYMMDDhhmmss...), or null. */
    static Object fromNumber(Object number) {
        BigDecimal value = Values.toDecimal(number);
        if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(99991231235959L)) > 0) {
            return null;
        }
        long whole = value.longValue();
        int micros = value.subtract(BigDecimal.valueOf(whole)).movePointRight(6).intValue();
        if (whole <= 99991231L && micros == 0) {
            return packedDate(whole);
        }
        if (whole <= 99991231L) {
            return null;
        }
        LocalDate date = packedDate(whole / 1000000);
        LocalTime time = packedTime(whole % 1000000, micros);
        return date == null || time == null ? null : LocalDateTime.of(date, time);
    }

    /** A number read as a TIME (hhmmss with an optional fraction), or null. */
    static Duration timeFromNumber(Object number) {
        BigDecimal value = Values.toDecimal(number);
        BigDecimal magnitude = value.abs();
        long whole = magnitude.longValue();
        long seconds = whole % 100;
        long minutes = whole / 100 % 100;
        long hours = whole / 10000;
        if (seconds > 59 || minutes > 59 || hours > 838) {
            return null;
        }
        long nanos = magnitude.subtract(BigDecimal.valueOf(whole)).movePointRight(6).longValue() * 1000;
        Duration time = Duration.ofSeconds(hours * 3600 + minutes * 60 + seconds, nanos);
        return value.signum() < 0 ? time.negated() : time;
    }

    static boolean isDate(Object value) {
        return value instanceof LocalDate || value instanceof LocalDateTime;
    }

    /**
     * A value read as a date where MySQL compares everything as dates (BETWEEN or IN with a date among the
     * values): an invalid string is the zero date, a number that is no date stays a number.
     */
    static Object asDate(Object value) {
        if (isTemporal(value)) {
            return value;
        }
        Object date = Values.isString(value) ? parseDateTime(Values.toText(value)) : fromNumber(value);
        return date != null ? date : Values.isString(value) ? ZERO_DATE : value;
    }

    /** DATE as a LocalDate, DATETIME as is: what MySQL compares when one side is a DATETIME. */
    static LocalDateTime toDateTime(Object dateOrDateTime) {
        if (dateOrDateTime instanceof LocalDate date) {
            return date == ZERO_DATE ? ZERO_DATETIME : date.atStartOfDay();
        }
        return (LocalDateTime) dateOrDateTime;
    }

    /** The value as MySQL uses it in a numeric context: 20240101, 20240101103000, 103000, maybe with a fraction. */
    static Object toNumber(Object temporal) {
        if (temporal instanceof LocalDate date) {
            return date == ZERO_DATE ? 0L : (long) date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
        }
        if (temporal instanceof LocalDateTime dateTime) {
            if (dateTime == ZERO_DATETIME) {
                return 0L;
            }
            long whole = (Long) toNumber(dateTime.toLocalDate()) * 1000000 + hms(dateTime.toLocalTime());
            return withFraction(whole, dateTime.getNano());
        }
        Duration time = (Duration) temporal;
        Duration magnitude = time.abs();
        long seconds = magnitude.getSeconds();
        long whole = seconds / 3600 * 10000 + seconds / 60 % 60 * 100 + seconds % 60;
        Object number = withFraction(whole, magnitude.getNano());
        if (!time.isNegative()) {
            return number;
        }
        return number instanceof Long n ? (Object) (-n) : ((BigDecimal) number).negate();
    }

    /** The value as MySQL writes it: 2024-01-01, 2024-01-01 10:00:00[.ffffff], -838:59:59[.ffffff]. */
    static String format(Object temporal) {
        if (temporal instanceof LocalDate date) {
            return date == ZERO_DATE ? "0000-00-00"
                    : String.format("%04d-%02d-%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        }
        if (temporal instanceof LocalDateTime dateTime) {
            if (dateTime == ZERO_DATETIME) {
                return "0000-00-00 00:00:00";
            }
            LocalTime time = dateTime.toLocalTime();
            return format(dateTime.toLocalDate()) + String.format(" %02d:%02d:%02d", time.getHour(), time.getMinute(),
                    time.getSecond()) + fraction(time.getNano());
        }
        Duration time = (Duration) temporal;
        Duration magnitude = time.abs();
        long seconds = magnitude.getSeconds();
        return (time.isNegative() ? "-" : "") + String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60,
                seconds % 60) + fraction(magnitude.getNano());
    }

    /** TIME values beyond MySQL's range are clamped to it, as MySQL does. */
    static Duration clampTime(Duration time) {
        if (time.getSeconds() >= MAX_TIME_SECONDS + 1) {
            return Duration.ofSeconds(MAX_TIME_SECONDS);
        }
        if (time.getSeconds() < -MAX_TIME_SECONDS) {
            return Duration.ofSeconds(-MAX_TIME_SECONDS);
        }
        return time;
    }

    static LocalDate packedDate(long yyyymmdd) {
        if (yyyymmdd >= 1000000 && yyyymmdd < 10000101) {
            return null;
        }
        long year = yyyymmdd / 10000;
        if (yyyymmdd < 1000000) {
            year += year < 70 ? 2000 : 1900;
        }
        return date((int) year, (int) (yyyymmdd / 100 % 100), (int) (yyyymmdd % 100));
    }

    private static LocalTime packedTime(long hhmmss, int micros) {
        return time((int) (hhmmss / 10000), (int) (hhmmss / 100 % 100), (int) (hhmmss % 100), micros * 1000);
    }

    /** A valid date, the zero date for 0-0-0, or null. */
    static LocalDate date(int year, int month, int day) {
        if (year == 0 && month == 0 && day == 0) {
            return ZERO_DATE;
        }
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        LocalDate first = LocalDate.of(year, month, 1);
        return day > first.lengthOfMonth() ? null : first.withDayOfMonth(day);
    }

    static LocalTime time(int hour, int minute, int second, int nanos) {
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        return LocalTime.of(hour, minute, second, nanos);
    }

    private static long hms(LocalTime time) {
        return time.getHour() * 10000L + time.getMinute() * 100L + time.getSecond();
    }

    private static Object withFraction(long whole, int nanos) {
        return nanos == 0 ? (Object) whole : BigDecimal.valueOf(whole).add(BigDecimal.valueOf(nanos / 1000, 6));
    }

    private static String fraction(int nanos) {
        return nanos == 0 ? "" : String.format(".%06d", nanos / 1000);
    }
}
