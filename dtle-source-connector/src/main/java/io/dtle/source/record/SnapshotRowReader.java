package io.dtle.source.record;

import io.debezium.connector.binlog.jdbc.BinlogFieldReader;
import io.debezium.connector.mysql.MySqlConnectorConfig;
import io.debezium.connector.mysql.jdbc.MySqlTextProtocolFieldReader;
import io.debezium.relational.Column;
import io.debezium.relational.Table;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads snapshot rows from JDBC exactly as Debezium's snapshot does: with its text-protocol
 * field reader (TIME as a duration even past 24 h or negative, zero dates kept apart from
 * NULL, strings decoded in the column's charset) over a connection opened with
 * {@link #JDBC_URL_PROPERTIES}. The query must select the table's columns in table order.
 */
public final class SnapshotRowReader {

    /**
     * The Connector/J settings of Debezium's MySQL connection URL, which the field reader
     * relies on (zero dates become NULL only where the reader asks for objects; the
     * server's time zone is the session's).
     */
    public static final String JDBC_URL_PROPERTIES = "useInformationSchema=true&nullCatalogMeansCurrent=false"
            + "&useUnicode=true&characterEncoding=UTF-8&characterSetResults=UTF-8"
            + "&zeroDateTimeBehavior=CONVERT_TO_NULL&connectionTimeZone=SERVER";

    private final BinlogFieldReader fieldReader;

    public SnapshotRowReader(MySqlConnectorConfig config) {
        this.fieldReader = new MySqlTextProtocolFieldReader(config);
    }

    /** The current row of {@code rs} as column values in {@code table}'s column order. */
    public Object[] read(ResultSet rs, Table table) throws SQLException {
        List<Column> columns = table.columns();
        Object[] row = new Object[columns.size()];
        for (int i = 0; i < row.length; i++) {
            row[i] = fieldReader.readField(rs, i + 1, columns.get(i), table);
        }
        return row;
    }
}
