package io.dtle.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** MariaDB from Debian's mariadb-server package (10.11 on bookworm), installed by .ci/run. */
final class MariaDbDistribution implements ServerDistribution {
    private static final Path SERVER = Path.of("/usr/sbin/mariadbd");
    private static final Path INSTALL_DB = Path.of("/usr/bin/mariadb-install-db");
    // Bootstrap mode starts without grant tables; FLUSH PRIVILEGES loads them so that CREATE USER works.
    private static final String INIT_SQL = "USE mysql;\nFLUSH PRIVILEGES;\n"
            + "CREATE USER 'root'@'%' IDENTIFIED BY '';\n"
            + "GRANT ALL PRIVILEGES ON *.* TO 'root'@'%' WITH GRANT OPTION;\n";

    private static MariaDbDistribution instance;

    private final Path home = TestCache.root().resolve("mariadb");

    static synchronized MariaDbDistribution get() {
        if (!Files.isExecutable(SERVER) || !Files.isExecutable(INSTALL_DB)) {
            throw new IllegalStateException("MariaDB is not installed (" + SERVER + " is missing): "
                    + "apt-get install mariadb-server, or run .ci/run which installs it");
        }
        if (instance == null) {
            instance = new MariaDbDistribution();
        }
        return instance;
    }

    @Override
    public String name() {
        return "MariaDB";
    }

    @Override
    public Path tool(String name) {
        return Path.of("/usr/bin", name.replace("mysql", "mariadb"));
    }

    @Override
    public Path template(ServerOptions options) {
        TestCache.createDirectories(home);
        Path template = home.resolve("template");
        TestCache.prepareOnce(home.resolve("template.ready"), () -> initialise(template));
        return template;
    }

    private void initialise(Path template) throws IOException {
        Path work = Files.createTempDirectory(home, "initialising-");
        Path data = work.resolve("data");
        Commands.run(List.of(INSTALL_DB.toString(), "--no-defaults", "--user=root", "--basedir=/usr",
                "--datadir=" + data, "--auth-root-authentication-method=normal", "--skip-test-db"),
                work.resolve("install-db.log"), 300);
        Path initSql = work.resolve("init.sql");
        Files.writeString(initSql, INIT_SQL);
        Commands.run(List.of(SERVER.toString(), "--no-defaults", "--user=root", "--basedir=/usr", "--datadir=" + data,
                "--bootstrap", "--skip-log-bin"), work.resolve("bootstrap.log"), initSql, 120);
        ProcessSupervisor.deleteTree(template);
        Files.move(data, template, StandardCopyOption.ATOMIC_MOVE);
        ProcessSupervisor.deleteTree(work);
    }

    @Override
    public List<String> command(ServerOptions options, ServerPaths paths, int port) {
        List<String> command = new ArrayList<>(List.of(SERVER.toString(), "--no-defaults", "--user=root",
                "--basedir=/usr", "--datadir=" + paths.dataDirectory(), "--port=" + port, "--bind-address=127.0.0.1",
                "--socket=" + paths.socket(), "--pid-file=" + paths.pidFile(), "--log-error=" + paths.errorLog(),
                "--skip-name-resolve", "--server-id=" + options.serverId(),
                "--lower-case-table-names=" + options.lowerCaseTableNames()));
        if (options.binlog()) {
            command.add("--log-bin=binlog");
            command.add("--log-slave-updates");
            command.add("--binlog-format=" + options.binlogFormat());
            command.add("--binlog-row-image=" + options.binlogRowImage());
            if (options.binlogRowMetadata() != null) {
                command.add("--binlog-row-metadata=" + options.binlogRowMetadata());
            }
        }
        // MariaDB always writes GTIDs; strict mode makes out-of-order GTIDs an error, as a GTID-on MySQL would.
        if (options.gtid()) {
            command.add("--gtid-strict-mode=ON");
        }
        command.addAll(options.extraArguments());
        return command;
    }
}
