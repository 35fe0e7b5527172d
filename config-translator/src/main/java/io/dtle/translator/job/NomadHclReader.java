package io.dtle.translator.job;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a dtle 3.x/4.x HCL job file, {@code job "name" { group "src" { task "src" { driver = "dtle" config {...} }
 * } ... }}, into the JSON Nomad's API takes, {@code {"Job": {"ID", "TaskGroups": [{"Name", "Tasks": [{"Name",
 * "Driver", "Config"}]}]}}}, so that {@link NomadJobReader} reads both forms with one piece of logic and errors name
 * the same paths. The task's config is copied as written: dtle's field names are the same in both forms.
 */
final class NomadHclReader {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private NomadHclReader() {
    }

    static ObjectNode read(String text) {
        Map<String, Object> file = HclFiles.parse(text);
        ObjectNode root = NODES.objectNode();
        for (Map.Entry<String, Object> entry : file.entrySet()) {
            if (entry.getKey().equals("job")) {
                root.set("Job", job(entry.getValue()));
            } else {
                // Left for NomadJobReader to report as unknown rather than dropped.
                root.set(entry.getKey(), HclValues.toJson(entry.getValue(), "$." + entry.getKey()));
            }
        }
        if (!root.has("Job")) {
            throw new JobFileException("$", "the job file has no job block",
                    "write job \"<name>\" { group \"src\" { task \"src\" { driver = \"dtle\" config { ... } } } "
                            + "group \"dest\" { ... } }, or the job as JSON");
        }
        return root;
    }

    private static ObjectNode job(Object jobs) {
        List<Labelled> labelled = Labelled.blocks(jobs, "$.Job");
        if (labelled.size() != 1) {
            throw new JobFileException("$.Job", "the file holds " + labelled.size() + " job blocks",
                    "write one job per file");
        }
        Labelled job = labelled.get(0);
        ObjectNode node = NODES.objectNode().put("ID", job.label());
        for (Map.Entry<String, Object> entry : job.body().entrySet()) {
            if (entry.getKey().equals("group")) {
                node.set("TaskGroups", groups(entry.getValue()));
            } else {
                put(node, "$.Job", entry);
            }
        }
        return node;
    }

    private static ArrayNode groups(Object groups) {
        ArrayNode nodes = NODES.arrayNode();
        for (Labelled group : Labelled.blocks(groups, "$.Job.TaskGroups")) {
            String path = "$.Job.TaskGroups[" + nodes.size() + "]";
            ObjectNode node = nodes.addObject().put("Name", group.label());
            for (Map.Entry<String, Object> entry : group.body().entrySet()) {
                if (entry.getKey().equals("task")) {
                    node.set("Tasks", tasks(entry.getValue(), path + ".Tasks"));
                } else {
                    put(node, path, entry);
                }
            }
        }
        return nodes;
    }

    private static ArrayNode tasks(Object tasks, String tasksPath) {
        ArrayNode nodes = NODES.arrayNode();
        for (Labelled task : Labelled.blocks(tasks, tasksPath)) {
            String path = tasksPath + "[" + nodes.size() + "]";
            ObjectNode node = nodes.addObject().put("Name", task.label());
            for (Map.Entry<String, Object> entry : task.body().entrySet()) {
                put(node, path, entry);
            }
        }
        return nodes;
    }

    private static void put(ObjectNode node, String path, Map.Entry<String, Object> entry) {
        String name = NomadFieldNames.apiName(entry.getKey());
        node.set(name, HclValues.toJson(entry.getValue(), path + "." + name));
    }

    /**
     * One labelled block, such as {@code group "src" {...}}. hcl4j gives the blocks of one kind as a map from label
     * to body, and a list of bodies when a label repeats.
     */
    private record Labelled(String label, Map<String, Object> body) {
        static List<Labelled> blocks(Object blocks, String path) {
            if (!(blocks instanceof Map<?, ?> byLabel)) {
                throw new JobFileException(path, "expected labelled blocks, found " + HclValues.describe(blocks),
                        "write them as job \"<name>\" { group \"<name>\" { task \"<name>\" { ... } } }");
            }
            List<Labelled> result = new ArrayList<>();
            byLabel.forEach((label, body) -> {
                for (Object one : body instanceof List<?> repeated ? repeated : List.of(body)) {
                    result.add(new Labelled(String.valueOf(label), bodyOf(one, path + " \"" + label + "\"")));
                }
            });
            return result;
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> bodyOf(Object body, String path) {
            if (body instanceof Map<?, ?> map) {
                return (Map<String, Object>) map;
            }
            throw new JobFileException(path, "expected a block { ... }, found " + HclValues.describe(body),
                    "write it as \"<name>\" { ... }");
        }
    }
}
