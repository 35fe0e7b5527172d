package io.dtle.common.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MapRowTest {
    @Test
    void findsKeysInAnyCaseAndTreatsMissingColumnsAsNull() {
        Map<String, Object> values = new HashMap<>();
        values.put("Name", "x");
        values.put("n", null);
        Row row = Row.of(values);
        assertThat(row.value("name")).isEqualTo("x");
        assertThat(row.value("n")).isNull();
        assertThat(row.value("missing")).isNull();
    }

    @Test
    void acceptsTheUsualJavaTypes() {
        Map<String, Object> values = new HashMap<>();
        values.put("i", 5);
        values.put("big", java.math.BigInteger.TEN.pow(20));
        values.put("flag", true);
        values.put("when", java.sql.Timestamp.valueOf("2024-01-01 10:00:00"));
        values.put("day", java.time.LocalDate.of(2024, 1, 1));
        values.put("bytes", java.nio.ByteBuffer.wrap(new byte[] {'a'}));
        Row row = Row.of(values);
        assertThat(WhereExpression.parse("i = 5 AND big = 100000000000000000000 AND flag AND day = '2024-01-01'"
                + " AND bytes = 'a'").matches(row)).isTrue();
    }
}
