package io.dtle.smt;

import io.dtle.common.Version;
import io.dtle.common.job.JobIdentity;
import io.dtle.common.record.DtleHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.components.Versioned;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.transforms.Transformation;

/**
 * Drops the records of transactions a dtle sink applied, so bidirectional replication does not send them back
 * (ARCHITECTURE.md, "Loops"). The source tags every record of such a transaction, its BEGIN and END markers
 * included, with the {@code dtle.origin} header, so a transaction is dropped whole and leaves no empty BEGIN/END.
 */
public final class LoopDetection<R extends ConnectRecord<R>> implements Transformation<R>, Versioned {
    public static final String OVERVIEW_DOC = "Drops every record carrying the " + DtleHeaders.ORIGIN + " header, "
            + "which the dtle source sets on every record of a transaction a dtle sink applied: with origin.jobs "
            + "empty, all of them; otherwise only those applied by the listed jobs.";

    public static final String ORIGIN_JOBS_CONFIG = "origin.jobs";
    public static final String ORIGIN_JOBS_DEFAULT = "";
    public static final String ORIGIN_JOBS_DOC = "Names of the dtle jobs (the sink connectors' job names) whose "
            + "applied transactions are dropped, comma-separated. Each name is turned into the job UUID the sink "
            + "writes to dtle.gtid_executed_v2 and the source puts into " + DtleHeaders.ORIGIN + ". Empty (the "
            + "default) drops the transactions of every dtle job; records without the header always pass.";

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(ORIGIN_JOBS_CONFIG, ConfigDef.Type.LIST, ORIGIN_JOBS_DEFAULT, new JobNames(),
                    ConfigDef.Importance.MEDIUM, ORIGIN_JOBS_DOC);

    /** Job UUIDs as text, the header's form; empty means every origin. */
    private Set<String> origins = Set.of();

    @Override
    public void configure(Map<String, ?> configs) {
        AbstractConfig config = new AbstractConfig(CONFIG_DEF, configs);
        origins = config.getList(ORIGIN_JOBS_CONFIG).stream().map(String::trim)
                .map(name -> JobIdentity.uuidOf(name).toString()).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public R apply(R record) {
        Header origin = record.headers().lastWithName(DtleHeaders.ORIGIN);
        if (origin == null || origin.value() == null) {
            return record;
        }
        return origins.isEmpty() || origins.contains(text(origin.value())) ? null : record;
    }

    /** The header as the source writes it (a string), or as raw bytes when no header converter parsed it. */
    private static String text(Object value) {
        return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : value.toString();
    }

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public ConfigDef config() {
        return CONFIG_DEF;
    }

    @Override
    public void close() {
    }

    /** Every listed job name must be non-blank, since a job's UUID is derived from its name. */
    private static final class JobNames implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            if (value == null) {
                throw new ConfigException(name, null, "Expected a list of job names; leave it empty to drop the "
                        + "transactions of every dtle job.");
            }
            for (Object job : (List<?>) value) {
                if (job == null || job.toString().isBlank()) {
                    throw new ConfigException(name, value, "A job name is empty; list the dtle job names "
                            + "separated by commas, e.g. dc1-to-dc2,dc3-to-dc2.");
                }
            }
        }

        @Override
        public String toString() {
            return "comma-separated non-blank job names";
        }
    }
}
