package io.dtle.translator.job;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;

/**
 * Reads a job in the format of dtle's 2.x manual: Name, ID, Failover and Tasks[], each task with Type Src or
 * Dest, Driver MySQL or Kafka, NodeId, NodeName and Config.
 */
final class Dtle2JobReader {
    private Dtle2JobReader() {
    }

    static JobSpec read(JsonNode root) {
        JsonFields job = JsonFields.of("$", root);
        JobSpec.Builder spec = JobSpec.builder().name(name(job));
        List<JsonFields> tasks = job.objects("Tasks");
        boolean seenSource = false;
        boolean seenDestination = false;
        for (JsonFields task : tasks) {
            String type = task.text("Type").orElse("");
            String driver = task.text("Driver").orElse("MySQL");
            JsonFields config = task.object("Config").orElseThrow(() -> new JobFileException(task.pathOf("Config"),
                    "the task has no Config", "add \"Config\": { \"ConnectionConfig\": {...} }"));
            switch (type.toLowerCase(Locale.ROOT)) {
                case "src", "source" -> {
                    requireDriver(task, driver, "mysql");
                    once(seenSource, task.pathOf("Type"), "Src");
                    seenSource = true;
                    TaskConfigReader.read(config, TaskConfigReader.Side.SOURCE, spec);
                    Unread.report(config, spec);
                }
                case "dest", "dst", "destination" -> {
                    requireDriver(task, driver, "mysql", "kafka");
                    once(seenDestination, task.pathOf("Type"), "Dest");
                    seenDestination = true;
                    if (driver.equalsIgnoreCase("kafka")) {
                        spec.kafkaTarget(TaskConfigReader.kafka(config, spec));
                    } else {
                        TaskConfigReader.read(config, TaskConfigReader.Side.DESTINATION, spec);
                        Unread.report(config, spec);
                    }
                }
                default -> throw new JobFileException(task.pathOf("Type"),
                        "unknown task Type \"" + type + "\"", "use \"Src\" or \"Dest\"");
            }
            Unread.report(task, spec);
        }
        requireBothSides(job, spec);
        Unread.report(job, spec);
        return spec.build();
    }

    static String name(JsonFields job) {
        return job.text("Name").orElseThrow(() -> new JobFileException(job.pathOf("Name"), "the job has no Name",
                "add \"Name\": \"<job name>\"; the connectors are named after it"));
    }

    static void requireBothSides(JsonFields job, JobSpec.Builder spec) {
        if (!spec.hasSource()) {
            throw new JobFileException(job.pathOf("Tasks"), "the job has no Src task with a ConnectionConfig",
                    "add a task {\"Type\": \"Src\", \"Config\": {\"ConnectionConfig\": {\"Host\": ...}}}");
        }
        if (!spec.hasDestination()) {
            throw new JobFileException(job.pathOf("Tasks"), "the job has no Dest task with a ConnectionConfig",
                    "add a task {\"Type\": \"Dest\", \"Config\": {\"ConnectionConfig\": {\"Host\": ...}}} "
                            + "or a Kafka one with \"Driver\": \"Kafka\"");
        }
    }

    private static void requireDriver(JsonFields task, String driver, String... allowed) {
        for (String candidate : allowed) {
            if (candidate.equalsIgnoreCase(driver)) {
                return;
            }
        }
        throw new JobFileException(task.pathOf("Driver"), "unknown Driver \"" + driver + "\" for this task",
                allowed.length > 1 ? "use \"MySQL\" or \"Kafka\"" : "a Src task reads MySQL: use \"MySQL\"");
    }

    private static void once(boolean seen, String path, String type) {
        if (seen) {
            throw new JobFileException(path, "a second " + type + " task",
                    "a job has one Src and one Dest; write one job per source and destination");
        }
    }
}
