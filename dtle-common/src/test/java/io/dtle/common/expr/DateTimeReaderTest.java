package io.dtle.common.expr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateTimeReaderTest {
    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            2024-01-05                  | 2024-01-05
            2024-1-5                    | 2024-01-05
            24-01-05                    | 2024-01-05
            70-01-05                    | 1970-01-05
            69-01-05                    | 2069-01-05
            2024/01/05                  | 2024-01-05
            2024--01--05                | 2024-01-05
            20240105                    | 2024-01-05
            240105                      | 2024-01-05
            ' 2024-01-05'               | 2024-01-05
            2024-01-05x                 | 2024-01-05
            2024-01-05T                 | 2024-01-05
            2024-01-05 10:30:15         | 2024-01-05 10:30:15
            2024-01-05T10:30:15         | 2024-01-05 10:30:15
            2024-01-05 10               | 2024-01-05 10:00:00
            2024-01-05 10.30.15         | 2024-01-05 10:30:15
            2024-01-05 10:30:15.5       | 2024-01-05 10:30:15.500000
            2024-01-05 10:30:15.0000005 | 2024-01-05 10:30:15.000001
            2024-01-05 23:59:59.9999999 | 2024-01-06 00:00:00
            20240105103015              | 2024-01-05 10:30:15
            240105103015                | 2024-01-05 10:30:15
            0000-00-00                  | 0000-00-00
            0000-00-00 00:00:00         | 0000-00-00 00:00:00
            2024-02-29                  | 2024-02-29
            2023-02-29                  | NULL
            2024-13-01                  | NULL
            2024-01-05 24:00:00         | NULL
            2024-01                     | NULL
            2024                        | NULL
            abc                         | NULL
            ''                          | NULL
            """)
    void readsDatesLikeMySql(String text, String expected) {
        Object value = Temporals.parseDateTime(text);
        assertThat(value == null ? null : Temporals.format(value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            20240105       | 2024-01-05
            240105         | 2024-01-05
            20240105103015 | 2024-01-05 10:30:15
            5              | NULL
            0              | NULL
            1000101        | NULL
            99999999       | NULL
            """)
    void readsDatesFromNumbers(long number, String expected) {
        Object value = Temporals.fromNumber(number);
        assertThat(value == null ? null : Temporals.format(value)).isEqualTo(expected);
    }
}
