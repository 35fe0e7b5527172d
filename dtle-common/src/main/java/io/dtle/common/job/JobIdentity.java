package io.dtle.common.job;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * The UUID of a job, derived from its name so every worker, a restarted task and the LoopDetection transform
 * compute the same value without talking to each other. It is the {@code job_uuid} of the bookkeeping table and
 * the value of the {@code dtle.origin} header.
 */
public final class JobIdentity {
    private static final String NAMESPACE = "dtle-job:";

    private JobIdentity() {
    }

    /** A name-based (version 3) UUID of {@code dtle-job:<name>}. */
    public static UUID uuidOf(String jobName) {
        Objects.requireNonNull(jobName, "jobName");
        if (jobName.isBlank()) {
            throw new IllegalArgumentException("A job needs a non-blank name to derive its UUID from");
        }
        return UUID.nameUUIDFromBytes((NAMESPACE + jobName).getBytes(StandardCharsets.UTF_8));
    }
}
