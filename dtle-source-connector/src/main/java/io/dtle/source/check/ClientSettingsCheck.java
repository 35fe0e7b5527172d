package io.dtle.source.check;

import io.dtle.common.config.ConfigProblem;
import io.dtle.source.ConnectionConfigKeys;
import io.dtle.source.DtleSourceConfig;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Connection settings the server must agree with: a character set it has, a server id not its own. */
final class ClientSettingsCheck {
    private ClientSettingsCheck() {
    }

    static List<ConfigProblem> problems(ServerSession session, DtleSourceConfig config) throws SQLException {
        List<ConfigProblem> problems = new ArrayList<>();
        // The validator allows only [A-Za-z0-9_], so the name is safe inside quotes.
        if (session.rows("SHOW CHARACTER SET LIKE '" + config.charset() + "'").isEmpty()) {
            problems.add(ConfigProblem.of(ConnectionConfigKeys.CHARSET_CONFIG, "The server has no character set '"
                    + config.charset() + "' (see SHOW CHARACTER SET); use one it has, such as utf8mb4."));
        }
        String serverId = session.single("SELECT @@GLOBAL.server_id");
        if (config.snapshotMode().streams() && Long.toString(config.serverId()).equals(serverId)) {
            problems.add(ConfigProblem.of(ConnectionConfigKeys.SERVER_ID_CONFIG, "database.server.id is "
                    + serverId + ", the source server's own server_id; the binlog client needs an id no server "
                    + "or other client in the topology uses. Choose another, or leave it empty to derive one."));
        }
        return problems;
    }
}
