package io.dtle.translator.mapping;

import io.dtle.translator.job.FieldNote;
import io.dtle.translator.job.JobFileException;
import io.dtle.translator.job.JobSpec;
import io.dtle.translator.job.SchemaSelection;
import io.dtle.translator.job.StartPoint;
import io.dtle.translator.job.Tunable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Jobs to connector configs: per job a source connector and, for a MySQL destination, a sink. Jobs that
 * replicate between the same two servers in opposite directions (a TwoWaySync job, or two jobs translated
 * together) get LoopDetection on their sources, each dropping what the other direction applied. Pure: it never
 * connects anywhere.
 */
public final class JobTranslator {
    static final String REVERSE_SUFFIX = "-reverse";

    private JobTranslator() {
    }

    public static Translation translate(List<JobSpec> jobs, TranslateOptions options) {
        List<JobSpec> directions = new ArrayList<>();
        for (JobSpec job : jobs) {
            directions.add(job);
            if (job.twoWaySync()) {
                directions.add(reverse(job));
            }
        }
        requireDistinctNames(directions);
        Notes notes = new Notes();
        List<ConnectorConfig> connectors = new ArrayList<>();
        for (JobSpec job : directions) {
            notes.forJob(job.name());
            for (FieldNote note : job.notes()) {
                notes.add(note.field(), note.reason());
            }
            connectors.add(SourceConfigMapper.map(job, options, loopOrigins(job, directions), notes));
            if (job.mysqlTarget().isPresent()) {
                connectors.add(SinkConfigMapper.map(job, job.mysqlTarget().get()));
            } else {
                noteSinkOnlyFields(job, notes);
            }
        }
        return new Translation(connectors, notes.all());
    }

    /** The other direction of a TwoWaySync job: from the destination back to the source, from TwoWaySyncGtid. */
    private static JobSpec reverse(JobSpec job) {
        if (job.mysqlTarget().isEmpty()) {
            throw new JobFileException("$..TwoWaySync", "TwoWaySync needs a MySQL destination",
                    "remove TwoWaySync, or give DestConnectionConfig instead of KafkaConfig");
        }
        if (job.include().stream().anyMatch(SchemaSelection::renames)) {
            throw new JobFileException("$..TwoWaySync", "TwoWaySync with renamed databases, tables or columns "
                    + "is not supported", "write the two directions as two jobs with their own ReplicateDoDb");
        }
        // Both servers hold the data already; the reverse direction only streams.
        StartPoint start = job.twoWaySyncGtid() != null ? StartPoint.fullCopy().withGtid(job.twoWaySyncGtid())
                : new StartPoint(null, null, true, null, null, null);
        return job.reversed(job.name() + REVERSE_SUFFIX, start);
    }

    private static List<String> loopOrigins(JobSpec job, List<JobSpec> all) {
        List<String> origins = new ArrayList<>();
        if (job.mysqlTarget().isEmpty()) {
            return origins;
        }
        for (JobSpec other : all) {
            boolean writesIntoOurSource = other.mysqlTarget().map(t -> t.sameServerAs(job.source())).orElse(false);
            boolean readsOurTarget = other.source().sameServerAs(job.mysqlTarget().get());
            if (other != job && writesIntoOurSource && readsOurTarget) {
                origins.add(other.name());
            }
        }
        return origins;
    }

    private static void noteSinkOnlyFields(JobSpec job, Notes notes) {
        for (Tunable tunable : SinkConfigMapper.sinkTunables()) {
            if (job.tunable(tunable).isPresent()) {
                notes.add("$.." + tunable.name(), "applies to a MySQL destination; a Kafka destination has no sink");
            }
        }
        for (SchemaSelection schema : job.include()) {
            if (schema.renames()) {
                notes.add("$..ReplicateDoDb[TableSchema=" + schema.name() + "]",
                        "renames apply to a MySQL destination; Kafka topics keep the source names");
            }
        }
    }

    private static void requireDistinctNames(List<JobSpec> jobs) {
        Set<String> names = new HashSet<>();
        for (JobSpec job : jobs) {
            if (!names.add(job.name())) {
                throw new JobFileException("$.Name", "two jobs are named \"" + job.name() + "\"",
                        "give each job its own Name: the connectors and the sink's bookkeeping are keyed by it");
            }
        }
    }
}
