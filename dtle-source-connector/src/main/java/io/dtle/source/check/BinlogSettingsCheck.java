package io.dtle.source.check;

import io.dtle.common.config.ConfigProblem;
import io.dtle.source.ConnectionConfigKeys;
import io.dtle.source.DtleSourceConfig;
import io.dtle.source.StartConfigKeys;
import io.dtle.source.StartPosition;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The server's binlog settings that row capture needs: log_bin, ROW format, FULL row image, GTIDs. */
final class BinlogSettingsCheck {
    private BinlogSettingsCheck() {
    }

    static List<ConfigProblem> problems(ServerSession session, DtleSourceConfig config) throws SQLException {
        List<ConfigProblem> problems = new ArrayList<>();
        String server = "The server at " + config.hostname() + ":" + config.port();
        String logBin = session.variable("log_bin");
        if (!"ON".equalsIgnoreCase(logBin) && !"1".equals(logBin)) {
            problems.add(server(server + " has its binary log off (log_bin=" + logBin + "); start it with "
                    + "--log-bin (and a --server-id) so the connector can read changes."));
            return problems;
        }
        String format = session.variable("binlog_format");
        if (!"ROW".equalsIgnoreCase(format)) {
            problems.add(server(server + " logs binlog_format=" + format + "; set binlog_format=ROW (SET PERSIST "
                    + "binlog_format='ROW', or --binlog-format=ROW) so the binlog holds row changes."));
        }
        String image = session.variable("binlog_row_image");
        if (!"FULL".equalsIgnoreCase(image)) {
            problems.add(server(server + " logs binlog_row_image=" + image + "; set binlog_row_image=FULL (SET "
                    + "PERSIST binlog_row_image='FULL', or --binlog-row-image=FULL) so updates and deletes carry "
                    + "whole rows."));
        }
        String valueOptions = session.variable("binlog_row_value_options");
        if (valueOptions != null && valueOptions.toUpperCase(Locale.ROOT).contains("PARTIAL_JSON")) {
            problems.add(server(server + " logs binlog_row_value_options=" + valueOptions + ": JSON updates would "
                    + "carry only the changed paths, not whole values; set binlog_row_value_options='' (SET PERSIST "
                    + "binlog_row_value_options='', or --binlog-row-value-options=)."));
        }
        if (!session.isMariaDb() && config.startPosition().kind() != StartPosition.Kind.BINLOG_POSITION) {
            String gtidMode = session.variable("gtid_mode");
            if (!"ON".equalsIgnoreCase(gtidMode)) {
                problems.add(new ConfigProblem(List.of(ConnectionConfigKeys.HOSTNAME_CONFIG,
                        StartConfigKeys.START_BINLOG_FILE_CONFIG), server + " has gtid_mode=" + gtidMode + "; "
                        + "turn GTIDs on (gtid_mode=ON with enforce_gtid_consistency=ON), or set start.binlog.file "
                        + "and start.binlog.position to stream by binlog position."));
            }
        }
        return problems;
    }

    private static ConfigProblem server(String message) {
        return ConfigProblem.of(ConnectionConfigKeys.HOSTNAME_CONFIG, message);
    }
}
