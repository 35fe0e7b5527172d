package io.dtle.translator.mapping;

import io.dtle.translator.job.JobSpec;

/** Names derived from a job: its connectors and, for a MySQL destination, its topic prefix. */
public final class ConnectorNames {
    private ConnectorNames() {
    }

    public static String source(String jobName) {
        return jobName + "-source";
    }

    public static String sink(String jobName) {
        return jobName + "-sink";
    }

    /** The job's KafkaConfig Topic, or its name with characters a topic cannot hold replaced by '_'. */
    public static String topicPrefix(JobSpec job) {
        return job.kafkaTarget().map(k -> k.topic()).orElseGet(() -> job.name().replaceAll("[^a-zA-Z0-9._-]", "_"));
    }
}
