package io.dtle.testing;

import java.nio.file.Path;
import java.util.List;

/** Where a server family's programs are, how to make its template data dir, and how to start it. */
interface ServerDistribution {

    static ServerDistribution of(ServerFlavor flavor) {
        return switch (flavor) {
            case MYSQL -> MySqlDistribution.get();
            case MARIADB -> MariaDbDistribution.get();
        };
    }

    /** A human name, e.g. "MySQL 8.0.33". */
    String name();

    /** An initialised data dir to copy for each server; made once per cache and kept. */
    Path template(ServerOptions options);

    /** The full command line that starts a server on {@code paths} and {@code port}. */
    List<String> command(ServerOptions options, ServerPaths paths, int port);

    /** A client program of this distribution, such as mysqldump or mysqlbinlog. */
    Path tool(String name);
}
