package io.dtle.source.task;

import io.dtle.testing.Await;
import io.dtle.testing.ConnectCluster;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.TopicRecords;
import java.util.List;

/**
 * Issue #3's scenario on one server: a source streaming table {@code <db>.t} is stopped, the table gets rows, ADD
 * COLUMN, rows, DROP COLUMN, rows; the source resumes from its old offset, is stopped and resumed once more (now
 * after both statements), and every record's after image must equal the row as it was when it was written.
 */
final class DdlAcrossRestarts {
    private final ConnectCluster connect;
    private final LocalMySqlServer server;
    private final String database;
    private final String connector;
    private final RowsAtTheirTime rows;

    /** The source captures {@code database}, with topic prefix {@code database} too. */
    DdlAcrossRestarts(ConnectCluster connect, LocalMySqlServer server, String database, String connector) {
        this.connect = connect;
        this.server = server;
        this.database = database;
        this.connector = connector;
        server.execute("CREATE DATABASE " + database, "CREATE TABLE " + database + ".t (id INT PRIMARY KEY, "
                + "a VARCHAR(20)) ENGINE=InnoDB", "INSERT INTO " + database + ".t VALUES (1, 'a1'), (2, 'a2')");
        this.rows = new RowsAtTheirTime(server, database + ".t", database + "_check");
    }

    String topic() {
        return database + "." + database + ".t";
    }

    /** Starts the connector, then runs the scenario; {@code whileStreaming} runs once the first rows arrived. */
    void run(Runnable whileStreaming) {
        String table = database + ".t";
        connect.createConnector(connector, SourceConfigs.of(connect, server, database, database));
        connect.awaitRunning(connector, 1);
        server.execute("INSERT INTO " + table + " VALUES (3, 'a3')");
        rows.keep("p0", 1, 3);
        whileStreaming.run();
        awaitRows(connect, topic(), 3);

        stop(connect, connector);
        server.execute("INSERT INTO " + table + " VALUES (4, 'a4'), (5, 'a5')");
        rows.keep("p1", 4, 5);
        server.execute("ALTER TABLE " + table + " ADD COLUMN b INT");
        server.execute("INSERT INTO " + table + " VALUES (6, 'a6', 6), (7, 'a7', 7)");
        rows.keep("p2", 6, 7);
        server.execute("ALTER TABLE " + table + " DROP COLUMN a");
        server.execute("INSERT INTO " + table + " VALUES (8, 8), (9, 9)");
        rows.keep("p3", 8, 9);
        connect.resumeConnector(connector);
        connect.awaitRunning(connector, 1);
        awaitRows(connect, topic(), 9);

        stop(connect, connector);
        server.execute("INSERT INTO " + table + " VALUES (10, 10)");
        rows.keep("p4", 10, 10);
        connect.resumeConnector(connector);
        connect.awaitRunning(connector, 1);
        List<TopicRecords> records = awaitRows(connect, topic(), 10);

        rows.assertRecordsMatch("p0", 1, 3, records);
        rows.assertRecordsMatch("p1", 4, 5, records);
        rows.assertRecordsMatch("p2", 6, 7, records);
        rows.assertRecordsMatch("p3", 8, 9, records);
        rows.assertRecordsMatch("p4", 10, 10, records);
    }

    /** Waits until records of {@code ids} distinct keys are in {@code topic}, and returns them all. */
    static List<TopicRecords> awaitRows(ConnectCluster connect, String topic, int ids) {
        Await.until(ids + " rows in " + topic, ConnectCluster.DEFAULT_TIMEOUT,
                () -> TopicRecords.of(connect.readAll(topic)).stream().map(r -> r.key().get("id").asInt())
                        .distinct().count() >= ids,
                () -> TopicRecords.of(connect.readAll(topic)).stream().map(TopicRecords::shortForm).toList()
                        .toString());
        return TopicRecords.of(connect.readAll(topic));
    }

    /** Stops the connector and waits until Connect reports it stopped and its task gone. */
    static void stop(ConnectCluster connect, String connector) {
        connect.stopConnector(connector);
        // The connector is STOPPED before its task: until the task is gone it still reads (and may commit an
        // offset past) whatever the test writes next.
        Await.until(connector + " STOPPED, its task gone", ConnectCluster.DEFAULT_TIMEOUT,
                () -> "STOPPED".equals(connect.status(connector).connector().state())
                        && connect.status(connector).tasks().isEmpty(),
                () -> connect.status(connector).toString());
    }
}
