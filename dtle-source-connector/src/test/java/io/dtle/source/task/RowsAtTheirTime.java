package io.dtle.source.task;

import com.fasterxml.jackson.databind.JsonNode;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.TableComparer;
import io.dtle.testing.TopicRecords;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks that change records carry each row with the columns its table had when the row was written: {@link #keep}
 * copies rows of the source table, as they are now, into an expected table; {@link #assertRecordsMatch} writes the
 * records' after images of the same ids into a twin table, by field name (an unknown field fails the insert, a
 * missing one stays NULL), and compares the two tables row by row.
 */
final class RowsAtTheirTime {
    private final LocalMySqlServer mysql;
    private final String table;
    private final String expectedDatabase;
    private final String actualDatabase;

    RowsAtTheirTime(LocalMySqlServer mysql, String table, String scratchDatabase) {
        this.mysql = mysql;
        this.table = table;
        this.expectedDatabase = scratchDatabase + "_expected";
        this.actualDatabase = scratchDatabase + "_actual";
        mysql.execute("CREATE DATABASE " + expectedDatabase, "CREATE DATABASE " + actualDatabase);
    }

    /** Keeps the rows with ids {@code from} to {@code to} as they are now, as phase {@code phase}. */
    void keep(String phase, int from, int to) {
        mysql.execute("CREATE TABLE " + expectedDatabase + "." + phase + " AS SELECT * FROM " + table
                + " WHERE id BETWEEN " + from + " AND " + to);
    }

    /** The after images of the records with ids {@code from} to {@code to} equal the rows kept as {@code phase}. */
    void assertRecordsMatch(String phase, int from, int to, List<TopicRecords> records) {
        String actual = actualDatabase + "." + phase;
        mysql.execute("CREATE TABLE " + actual + " LIKE " + expectedDatabase + "." + phase);
        for (TopicRecords record : records) {
            if (!record.isRow() || record.isTombstone() || record.value().get("after").isNull()) {
                continue;
            }
            int id = record.value().get("after").get("id").asInt();
            if (id >= from && id <= to) {
                mysql.execute(insert(actual, record.value().get("after")));
            }
        }
        TableComparer.between(mysql, mysql).table(expectedDatabase + "." + phase, actual).assertEqual();
    }

    private static String insert(String table, JsonNode after) {
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = after.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            columns.add("`" + field.getKey() + "`");
            JsonNode value = field.getValue();
            values.add(value.isNull() ? "NULL" : value.isNumber() ? value.asText()
                    : "'" + value.asText().replace("\\", "\\\\").replace("'", "''") + "'");
        }
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + String.join(", ", values)
                + ")";
    }
}
