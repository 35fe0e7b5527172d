package io.dtle.translator.job;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * Reads a dtle 3.x/4.x job: a Nomad job in JSON, {"Job": {"ID", "TaskGroups": [...]}} as posted to its API, or
 * the bare job object. The src task's Config holds nearly everything (SrcConnectionConfig, DestConnectionConfig or
 * KafkaConfig, ReplicateDoDb, ...); the dest task's Config holds DestType and the applier's settings.
 */
final class NomadJobReader {
    private NomadJobReader() {
    }

    static boolean accepts(JsonNode root) {
        return root.isObject() && (has(root, "Job") || has(root, "TaskGroups"));
    }

    static JobSpec read(JsonNode root) {
        JsonFields outer = JsonFields.of("$", root);
        JsonFields job = outer.has("Job") ? outer.object("Job").orElseThrow() : outer;
        JobSpec.Builder spec = JobSpec.builder().name(job.text("Name").or(() -> job.text("ID")).orElseThrow(() ->
                new JobFileException(job.pathOf("ID"), "the job has no ID or Name",
                        "add \"ID\": \"<job name>\"; the connectors are named after it")));
        String destType = null;
        String destTypePath = null;
        for (JsonFields group : job.objects("TaskGroups")) {
            String groupName = group.text("Name").orElse("");
            for (JsonFields task : group.objects("Tasks")) {
                String taskName = task.text("Name").orElse(groupName);
                task.text("Driver");
                JsonFields config = task.object("Config").orElseThrow(() -> new JobFileException(
                        task.pathOf("Config"), "the task has no Config", "add \"Config\": {...}"));
                TaskConfigReader.Side side = side(task.pathOf("Name"), taskName, groupName);
                if (side == TaskConfigReader.Side.DESTINATION && config.has("DestType")) {
                    destTypePath = config.pathOf("DestType");
                    destType = config.text("DestType").orElse("mysql");
                }
                TaskConfigReader.read(config, side, spec);
                Unread.report(config, spec);
                Unread.report(task, spec);
            }
            Unread.report(group, spec);
        }
        checkDestType(destTypePath, destType, spec, job);
        requireBothSides(job, spec);
        Unread.report(job, spec);
        if (job != outer) {
            Unread.report(outer, spec);
        }
        return spec.build();
    }

    private static TaskConfigReader.Side side(String path, String taskName, String groupName) {
        for (String name : new String[] {taskName, groupName}) {
            switch (name.toLowerCase(Locale.ROOT)) {
                case "src", "source" -> {
                    return TaskConfigReader.Side.SOURCE;
                }
                case "dest", "dst", "destination" -> {
                    return TaskConfigReader.Side.DESTINATION;
                }
                default -> { }
            }
        }
        throw new JobFileException(path, "task \"" + taskName + "\" of group \"" + groupName
                + "\" is neither a src nor a dest task", "name the groups and tasks \"src\" and \"dest\"");
    }

    private static void checkDestType(String path, String destType, JobSpec.Builder spec, JsonFields job) {
        if (destType == null) {
            return;
        }
        switch (destType.toLowerCase(Locale.ROOT)) {
            case "mysql" -> { }
            case "kafka" -> {
                if (!spec.hasDestination()) {
                    throw new JobFileException(job.pathOf("TaskGroups"), "DestType is kafka but no task has a "
                            + "KafkaConfig", "add \"KafkaConfig\": {\"Brokers\": [...], \"Topic\": ...} to the src task");
                }
            }
            default -> throw new JobFileException(path, "unknown DestType \"" + destType + "\"",
                    "use \"mysql\" or \"kafka\"");
        }
    }

    /** dtle 3.x/4.x's src task names both servers (or the Kafka), unlike 2.x's one ConnectionConfig per task. */
    private static void requireBothSides(JsonFields job, JobSpec.Builder spec) {
        if (!spec.hasSource()) {
            throw new JobFileException(job.pathOf("TaskGroups"), "the job has no src task with a "
                    + "SrcConnectionConfig", "add a group and task named \"src\" whose Config (config in HCL) has "
                    + "SrcConnectionConfig {Host, Port, User, Password}");
        }
        if (!spec.hasDestination()) {
            throw new JobFileException(job.pathOf("TaskGroups"), "the job has no destination", "add "
                    + "DestConnectionConfig {Host, Port, User, Password} (MySQL) or KafkaConfig {Brokers, Topic} "
                    + "(Kafka) to the Config of the src task, and a group and task named \"dest\"");
        }
    }

    private static boolean has(JsonNode root, String field) {
        for (var names = root.fieldNames(); names.hasNext(); ) {
            if (names.next().equalsIgnoreCase(field)) {
                return true;
            }
        }
        return false;
    }
}
