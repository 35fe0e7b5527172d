package io.dtle.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * A real MySQL or MariaDB server for one test: its own data dir copied from an initialised template, a free
 * port on 127.0.0.1, the options the test asked for. {@link #close()} stops it and deletes its files; a JVM
 * that dies without closing it is handled by {@link ProcessSupervisor}.
 *
 * <pre>{@code
 * try (LocalMySqlServer source = ServerOptions.mysql().binlogRowMetadata("FULL").start()) {
 *     source.execute("CREATE DATABASE demo", "CREATE TABLE demo.t (id INT PRIMARY KEY)");
 * }
 * }</pre>
 */
public final class LocalMySqlServer implements AutoCloseable, JdbcEndpoint {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final long STOP_GRACE_SECONDS = 60;
    private static final int PORT_ATTEMPTS = 3;

    private final ServerOptions options;
    private final ServerDistribution distribution;
    private final ServerPaths paths;
    private final Duration startupTime;
    private int port;
    private Process process;

    private LocalMySqlServer(ServerOptions options) {
        this.options = options;
        this.distribution = ServerDistribution.of(options.flavor());
        Path template = distribution.template(options);
        this.paths = new ServerPaths(ProcessSupervisor.get().newRunDirectory(options.flavor().name().toLowerCase()));
        long started = System.nanoTime();
        copyTemplate(template, paths.dataDirectory());
        launchOnFreePort();
        this.startupTime = Duration.ofNanos(System.nanoTime() - started);
        createUsers();
    }

    /** Starts a server; prefer {@code ServerOptions.mysql()...start()}. */
    public static LocalMySqlServer start(ServerOptions options) {
        return new LocalMySqlServer(options);
    }

    /** A MySQL 8.0 server with the default replication-ready options. */
    public static LocalMySqlServer mysql() {
        return start(ServerOptions.mysql().build());
    }

    /** A MariaDB server with the default replication-ready options. */
    public static LocalMySqlServer mariaDb() {
        return start(ServerOptions.mariaDb().build());
    }

    public ServerOptions options() {
        return options;
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return port;
    }

    /** How long copying the template and starting the server took. */
    public Duration startupTime() {
        return startupTime;
    }

    @Override
    public String jdbcUrl() {
        return "jdbc:mysql://" + host() + ":" + port + "/?sslMode=DISABLED&allowPublicKeyRetrieval=true"
                + "&connectTimeout=10000&useUnicode=true&characterEncoding=UTF-8";
    }

    @Override
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "root", "");
    }

    public Connection connect(String user, String password) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), user, password);
    }

    /** Runs statements as root, each in autocommit. */
    public void execute(String... statements) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("on " + this + ": " + e.getMessage(), e);
        }
    }

    /** The first column of the first row of {@code sql}, or null when there is no row. */
    public String queryString(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException("on " + this + ": " + sql + ": " + e.getMessage(), e);
        }
    }

    /** The server's executed GTIDs: gtid_executed on MySQL, gtid_binlog_pos on MariaDB. */
    public String gtidExecuted() {
        return queryString(options.flavor() == ServerFlavor.MYSQL
                ? "SELECT @@GLOBAL.gtid_executed" : "SELECT @@GLOBAL.gtid_binlog_pos");
    }

    /** The GTID of the last transaction this MySQL server committed itself ({@code server_uuid:n}). */
    public String lastGtid() {
        String uuid = queryString("SELECT @@server_uuid");
        for (String part : queryString("SELECT @@GLOBAL.gtid_executed").replace("\n", "").split(",")) {
            if (part.trim().startsWith(uuid)) {
                String lastInterval = part.substring(part.lastIndexOf(':') + 1);
                return uuid + ":" + lastInterval.substring(lastInterval.indexOf('-') + 1);
            }
        }
        throw new IllegalStateException(this + " has committed no transaction of its own");
    }

    /** A client program of this server's distribution (mysqldump, mysqlbinlog, mysql). */
    public Path tool(String name) {
        return distribution.tool(name);
    }

    /** The folder holding this server's data dir, logs and pid files. */
    public Path runDirectory() {
        return paths.runDirectory();
    }

    long serverPid() {
        return process.pid();
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Stops the server cleanly and starts it again on the same port with the same data. */
    public void restart() {
        if (isRunning()) {
            ProcessSupervisor.stop(process, STOP_GRACE_SECONDS);
        }
        launch();
    }

    /** Kills the server with SIGKILL, as a crash would; {@link #restart()} brings it back through crash recovery. */
    public void crash() {
        if (isRunning()) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Freezes the server with SIGSTOP: its sockets stay open but nothing answers, as with a hung host or a
     * network partition that drops packets. {@link #resume()} undoes it.
     */
    public void pause() {
        signal("STOP");
    }

    /** Lets a {@link #pause() paused} server run again (SIGCONT). */
    public void resume() {
        signal("CONT");
    }

    private void signal(String name) {
        if (!isRunning()) {
            throw new IllegalStateException(this + " is not running");
        }
        Commands.run(List.of("kill", "-" + name, Long.toString(process.pid())), paths.runDirectory().resolve("signal.log"), 10);
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            signal("CONT"); // a paused server would not act on the SIGTERM that stops it
        }
        if (process != null) {
            ProcessSupervisor.stop(process, STOP_GRACE_SECONDS);
        }
        ProcessSupervisor.get().release(this);
        ProcessSupervisor.deleteTree(paths.runDirectory());
    }

    @Override
    public String toString() {
        return distribution.name() + " on " + host() + ":" + port + " (" + options + ")";
    }

    private void launchOnFreePort() {
        for (int attempt = 1; ; attempt++) {
            port = LocalPorts.free();
            try {
                launch();
                return;
            } catch (IllegalStateException e) {
                // Another process may take the port between our probe and the server's bind.
                if (attempt == PORT_ATTEMPTS || !Commands.tail(paths.errorLog()).contains("already in use")) {
                    throw e;
                }
            }
        }
    }

    private void launch() {
        List<String> command = distribution.command(options, paths, port);
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(paths.consoleLog().toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.get(0), e);
        }
        ProcessSupervisor.get().adopt(process, paths.runDirectory(), this);
        awaitConnections();
    }

    private void awaitConnections() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(distribution.name() + " exited with code " + process.exitValue()
                        + " at start; its error log ends with:\n" + Commands.tail(paths.errorLog()));
            }
            try {
                ConnectionProbe.login(host(), port);
                return;
            } catch (SQLException notYet) {
                if (System.nanoTime() > deadline) {
                    ProcessSupervisor.stop(process, 5);
                    throw new IllegalStateException(distribution.name() + " did not accept connections on port "
                            + port + " within " + START_TIMEOUT.toSeconds() + " s (last attempt: "
                            + notYet.getMessage() + "; is another process holding the port?); its error log ends "
                            + "with:\n" + Commands.tail(paths.errorLog()), notYet);
                }
                Await.sleep(50);
            }
        }
    }

    private void createUsers() {
        for (DatabaseUser user : options.users()) {
            // Outside the binary log, so a fresh server's binlog holds only what the test itself does.
            List<String> statements = new java.util.ArrayList<>(List.of("SET SESSION sql_log_bin = 0"));
            statements.addAll(user.createStatements());
            execute(statements.toArray(String[]::new));
        }
    }

    private static void copyTemplate(Path template, Path target) {
        Commands.run(List.of("cp", "-a", template.toString(), target.toString()),
                target.resolveSibling("copy.log"), 120);
    }

}
