package io.dtle.translator.job;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One dtle job, read from either job-file format: the source server and what to capture, where to start, the
 * destination (a MySQL server or Kafka), dtle's tuning and the fields dropped on the way. Immutable; built by
 * the readers through {@link Builder}.
 */
public final class JobSpec {
    private final String name;
    private final Endpoint source;
    private final List<SchemaSelection> include;
    private final List<SchemaSelection> exclude;
    private final StartPoint start;
    private final Endpoint mysqlTarget;
    private final KafkaTarget kafkaTarget;
    private final Map<Tunable, Object> tunables;
    private final List<String> sqlFilter;
    private final String twoWaySyncGtid;
    private final boolean twoWaySync;
    private final List<FieldNote> notes;

    private JobSpec(Builder b) {
        this.name = b.name;
        this.source = b.source;
        this.include = List.copyOf(b.include);
        this.exclude = List.copyOf(b.exclude);
        this.start = b.start;
        this.mysqlTarget = b.mysqlTarget;
        this.kafkaTarget = b.kafkaTarget;
        this.tunables = Map.copyOf(b.tunables);
        this.sqlFilter = List.copyOf(b.sqlFilter);
        this.twoWaySync = b.twoWaySync;
        this.twoWaySyncGtid = b.twoWaySyncGtid;
        this.notes = List.copyOf(b.notes);
    }

    public static Builder builder() {
        return new Builder();
    }

    public String name() {
        return name;
    }

    public Endpoint source() {
        return source;
    }

    /** ReplicateDoDb; empty captures every database but the system ones. */
    public List<SchemaSelection> include() {
        return include;
    }

    /** ReplicateIgnoreDb. */
    public List<SchemaSelection> exclude() {
        return exclude;
    }

    public StartPoint start() {
        return start;
    }

    /** The destination MySQL server; empty for a Kafka destination. */
    public Optional<Endpoint> mysqlTarget() {
        return Optional.ofNullable(mysqlTarget);
    }

    /** The destination Kafka; empty for a MySQL destination. */
    public Optional<KafkaTarget> kafkaTarget() {
        return Optional.ofNullable(kafkaTarget);
    }

    /** A tunable's value as given: a Long or a Boolean. */
    public Optional<Object> tunable(Tunable tunable) {
        return Optional.ofNullable(tunables.get(tunable));
    }

    /** dtle's SqlFilter entries, such as NoDMLDelete or NoDDLDropTable. */
    public List<String> sqlFilter() {
        return sqlFilter;
    }

    public boolean twoWaySync() {
        return twoWaySync;
    }

    /** The GTID set the reverse direction of a TwoWaySync job starts after; null when not given. */
    public String twoWaySyncGtid() {
        return twoWaySyncGtid;
    }

    /** Fields of the job file that have no effect, with the reason. */
    public List<FieldNote> notes() {
        return notes;
    }

    /** A copy with another name, source, destination and start: the reverse direction of a TwoWaySync job. */
    public JobSpec reversed(String reverseName, StartPoint reverseStart) {
        Builder b = toBuilder();
        b.name = reverseName;
        b.source = mysqlTarget;
        b.mysqlTarget = source;
        b.start = reverseStart;
        b.twoWaySync = false;
        b.twoWaySyncGtid = null;
        b.notes = new ArrayList<>();
        return b.build();
    }

    private Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.source = source;
        b.include.addAll(include);
        b.exclude.addAll(exclude);
        b.start = start;
        b.mysqlTarget = mysqlTarget;
        b.kafkaTarget = kafkaTarget;
        b.tunables.putAll(tunables);
        b.sqlFilter.addAll(sqlFilter);
        b.twoWaySync = twoWaySync;
        b.twoWaySyncGtid = twoWaySyncGtid;
        b.notes.addAll(notes);
        return b;
    }

    /** Collects a job while a reader walks its file. */
    public static final class Builder {
        private String name;
        private Endpoint source;
        private final List<SchemaSelection> include = new ArrayList<>();
        private final List<SchemaSelection> exclude = new ArrayList<>();
        private StartPoint start = StartPoint.fullCopy();
        private Endpoint mysqlTarget;
        private KafkaTarget kafkaTarget;
        private final Map<Tunable, Object> tunables = new EnumMap<>(Tunable.class);
        private final List<String> sqlFilter = new ArrayList<>();
        private boolean twoWaySync;
        private String twoWaySyncGtid;
        private List<FieldNote> notes = new ArrayList<>();

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder source(Endpoint value) {
            this.source = value;
            return this;
        }

        public Builder include(List<SchemaSelection> value) {
            include.addAll(value);
            return this;
        }

        public Builder exclude(List<SchemaSelection> value) {
            exclude.addAll(value);
            return this;
        }

        public Builder start(StartPoint value) {
            this.start = value;
            return this;
        }

        public Builder mysqlTarget(Endpoint value) {
            this.mysqlTarget = value;
            return this;
        }

        public Builder kafkaTarget(KafkaTarget value) {
            this.kafkaTarget = value;
            return this;
        }

        public Builder tunable(Tunable tunable, Object value) {
            tunables.put(tunable, value);
            return this;
        }

        public Builder sqlFilter(List<String> value) {
            sqlFilter.addAll(value);
            return this;
        }

        public Builder twoWaySync(boolean value, String reverseGtid) {
            this.twoWaySync = value;
            this.twoWaySyncGtid = reverseGtid;
            return this;
        }

        public Builder note(String field, String reason) {
            notes.add(new FieldNote(field, reason));
            return this;
        }

        boolean hasSource() {
            return source != null;
        }

        boolean hasDestination() {
            return mysqlTarget != null || kafkaTarget != null;
        }

        public JobSpec build() {
            return new JobSpec(this);
        }
    }
}
