package io.dtle.translator.job;

/**
 * dtle's scalar settings that change a connector setting, with the JSON type they have in a job file. The
 * mapping package decides which connector key each one becomes.
 */
public enum Tunable {
    ChunkSize(Kind.INT),
    GroupMaxSize(Kind.INT),
    GroupTimeout(Kind.INT),
    ParallelWorkers(Kind.INT),
    ForeignKeyChecks(Kind.BOOLEAN),
    RetryTxLimit(Kind.INT),
    SetGtidNext(Kind.BOOLEAN),
    SkipCreateDbTable(Kind.BOOLEAN),
    DropTableIfExists(Kind.BOOLEAN),
    /** KafkaConfig.MessageGroupMaxSize: bytes per batch, like GroupMaxSize. */
    MessageGroupMaxSize(Kind.INT),
    /** KafkaConfig.MessageGroupTimeout: milliseconds, like GroupTimeout. */
    MessageGroupTimeout(Kind.INT);

    /** The JSON type a value must have (numbers and booleans may also come as strings, as dtle accepts). */
    public enum Kind { INT, BOOLEAN }

    private final Kind kind;

    Tunable(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
