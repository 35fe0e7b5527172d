package io.dtle.sink.gtid;

import io.dtle.common.gtid.UuidBytes;
import io.dtle.common.job.Bookkeeping;
import io.dtle.common.mysql.MySqlIdentifiers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.TopicPartition;

/**
 * {@code dtle.sink_offsets}: the Kafka position after the last record whose effect is committed on the target,
 * written in the same target transaction as that effect. Snapshot rows and per-table upserts have no GTID to skip
 * them by, so after a crash the task seeks here instead of trusting Kafka's committed offsets; a snapshot row
 * re-applied after later transactions would otherwise bring back old values.
 */
public final class SinkOffsetsTable {
    static final String TABLE = MySqlIdentifiers.quoteQualified(Bookkeeping.DATABASE, "sink_offsets");

    private final byte[] jobBytes;

    public SinkOffsetsTable(UUID job) {
        this.jobBytes = UuidBytes.toBytes(job);
    }

    public static void create(Connection connection) throws SQLException {
        if (ExistingTables.exists(connection, Bookkeeping.DATABASE, "sink_offsets")) {
            return; // see ExistingTables: a repeated CREATE ... IF NOT EXISTS would still reach the binlog
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS " + MySqlIdentifiers.quote(Bookkeeping.DATABASE));
            statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " ("
                    + "job_uuid BINARY(16) NOT NULL, "
                    + "topic VARCHAR(255) NOT NULL, "
                    + "kafka_partition INT NOT NULL, "
                    + "next_offset BIGINT NOT NULL, "
                    + "PRIMARY KEY (job_uuid, topic, kafka_partition)) ENGINE=InnoDB");
        }
    }

    public Map<TopicPartition, Long> read(Connection connection) throws SQLException {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT topic, kafka_partition, next_offset FROM " + TABLE + " WHERE job_uuid = ?")) {
            select.setBytes(1, jobBytes);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    offsets.put(new TopicPartition(rows.getString(1), rows.getInt(2)), rows.getLong(3));
                }
            }
        }
        return offsets;
    }

    /** Stores the positions inside the caller's target transaction. */
    public void write(Connection connection, Map<TopicPartition, Long> nextOffsets) throws SQLException {
        if (nextOffsets.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO " + TABLE
                + " (job_uuid, topic, kafka_partition, next_offset) VALUES (?, ?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE next_offset = VALUES(next_offset)")) {
            for (Map.Entry<TopicPartition, Long> offset : nextOffsets.entrySet()) {
                upsert.setBytes(1, jobBytes);
                upsert.setString(2, offset.getKey().topic());
                upsert.setInt(3, offset.getKey().partition());
                upsert.setLong(4, offset.getValue());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }
}
