package io.dtle.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How a test server is started. Defaults suit replication tests: binary log on in ROW format with FULL
 * row images, GTIDs on, a server id unique within the JVM.
 */
public final class ServerOptions {
    private static final AtomicInteger NEXT_SERVER_ID = new AtomicInteger(101);

    private final ServerFlavor flavor;
    private final int serverId;
    private final boolean gtid;
    private final boolean binlog;
    private final String binlogFormat;
    private final String binlogRowImage;
    private final String binlogRowMetadata;
    private final int lowerCaseTableNames;
    private final List<DatabaseUser> users;
    private final List<String> extraArguments;

    private ServerOptions(Builder builder) {
        this.flavor = builder.flavor;
        this.serverId = builder.serverId != null ? builder.serverId : NEXT_SERVER_ID.getAndIncrement();
        this.gtid = builder.gtid;
        this.binlog = builder.binlog;
        this.binlogFormat = builder.binlogFormat;
        this.binlogRowImage = builder.binlogRowImage;
        this.binlogRowMetadata = builder.binlogRowMetadata;
        this.lowerCaseTableNames = builder.lowerCaseTableNames;
        this.users = List.copyOf(builder.users);
        this.extraArguments = List.copyOf(builder.extraArguments);
    }

    public static Builder mysql() {
        return new Builder(ServerFlavor.MYSQL);
    }

    public static Builder mariaDb() {
        return new Builder(ServerFlavor.MARIADB);
    }

    public ServerFlavor flavor() {
        return flavor;
    }

    public int serverId() {
        return serverId;
    }

    public boolean gtid() {
        return gtid;
    }

    public boolean binlog() {
        return binlog;
    }

    public String binlogFormat() {
        return binlogFormat;
    }

    public String binlogRowImage() {
        return binlogRowImage;
    }

    /** {@code null} leaves the server's default (MINIMAL). */
    public String binlogRowMetadata() {
        return binlogRowMetadata;
    }

    public int lowerCaseTableNames() {
        return lowerCaseTableNames;
    }

    public List<DatabaseUser> users() {
        return users;
    }

    public List<String> extraArguments() {
        return extraArguments;
    }

    @Override
    public String toString() {
        return flavor + " server-id=" + serverId + (binlog ? " binlog " + binlogFormat + "/" + binlogRowImage : " no binlog")
                + (gtid ? " gtid" : " no gtid");
    }

    /** Builds {@link ServerOptions}; start from {@link ServerOptions#mysql()} or {@link ServerOptions#mariaDb()}. */
    public static final class Builder {
        private final ServerFlavor flavor;
        private Integer serverId;
        private boolean gtid = true;
        private boolean binlog = true;
        private String binlogFormat = "ROW";
        private String binlogRowImage = "FULL";
        private String binlogRowMetadata;
        private int lowerCaseTableNames;
        private final List<DatabaseUser> users = new ArrayList<>();
        private final List<String> extraArguments = new ArrayList<>();

        private Builder(ServerFlavor flavor) {
            this.flavor = flavor;
        }

        public Builder serverId(int id) {
            this.serverId = id;
            return this;
        }

        public Builder gtid(boolean on) {
            this.gtid = on;
            return this;
        }

        public Builder binlog(boolean on) {
            this.binlog = on;
            return this;
        }

        /** ROW, STATEMENT or MIXED. */
        public Builder binlogFormat(String format) {
            this.binlogFormat = Objects.requireNonNull(format);
            return this;
        }

        /** FULL, MINIMAL or NOBLOB. */
        public Builder binlogRowImage(String image) {
            this.binlogRowImage = Objects.requireNonNull(image);
            return this;
        }

        /** MINIMAL or FULL. */
        public Builder binlogRowMetadata(String metadata) {
            this.binlogRowMetadata = metadata;
            return this;
        }

        /** 0, 1 or 2; MySQL 8 fixes it when the data dir is initialised, so each value has its own template. */
        public Builder lowerCaseTableNames(int value) {
            if (value < 0 || value > 2) {
                throw new IllegalArgumentException("lower_case_table_names is 0, 1 or 2, not " + value);
            }
            this.lowerCaseTableNames = value;
            return this;
        }

        public Builder user(DatabaseUser user) {
            users.add(user);
            return this;
        }

        /** Any further mysqld argument, e.g. {@code --max-connections=500}. */
        public Builder argument(String argument) {
            extraArguments.add(argument);
            return this;
        }

        public ServerOptions build() {
            return new ServerOptions(this);
        }

        /** Builds the options and starts a server with them. */
        public LocalMySqlServer start() {
            return LocalMySqlServer.start(build());
        }
    }
}
