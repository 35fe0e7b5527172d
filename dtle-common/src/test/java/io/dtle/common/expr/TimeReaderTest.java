package io.dtle.common.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeReaderTest {
    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            12:30:00            | 12:30:00
            12:30               | 12:30:00
            12:30:0             | 12:30:00
            ' 12:30:00 '        | 12:30:00
            -01:00              | -01:00:00
            1 12:30:00          | 36:30:00
            838:59:59           | 838:59:59
            900:00:00           | 838:59:59
            12:30:00.5          | 12:30:00.500000
            123000              | 12:30:00
            1230                | 00:12:30
            12                  | 00:00:12
            2024-01-05 12:30:00 | 12:30:00
            2024-01-05          | 00:00:00
            12:30:60            | NULL
            12:60               | NULL
            12:30:00x           | NULL
            abc                 | NULL
            ''                  | NULL
            """)
    void readsTimesLikeMySql(String text, String expected) {
        Duration value = Temporals.parseTime(text);
        assertThat(value == null ? null : Temporals.format(value)).isEqualTo(expected);
    }
}
