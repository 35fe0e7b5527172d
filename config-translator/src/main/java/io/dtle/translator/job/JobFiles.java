package io.dtle.translator.job;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a job file in either format: dtle 2.x ({"Name", "Tasks": [...]}) or dtle 3.x/4.x (a Nomad job in JSON).
 * dtle 3.x/4.x's HCL job files are not read: no maintained HCL parser for Java is available to this build, so
 * convert them with {@code nomad job run -output job.hcl} first (see docs/TRANSLATOR.md).
 */
public final class JobFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JobFiles() {
    }

    public static JobSpec read(String text) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            // Jackson's message ends with a source description that only repeats the location.
            String problem = e.getOriginalMessage().replaceAll("(?s)\\s*\\(for .*|\\s*\\n.*", "");
            throw new JobFileException("$", "the job file is not JSON" + where + ": " + problem,
                    "fix the JSON syntax; HCL job files must be converted with 'nomad job run -output' first");
        }
        if (root == null || !root.isObject()) {
            throw new JobFileException("$", "the job file is not a JSON object",
                    "a job file is {\"Name\": ..., \"Tasks\": [...]} (dtle 2.x) or {\"Job\": {...}} (dtle 3.x/4.x)");
        }
        return NomadJobReader.accepts(root) ? NomadJobReader.read(root) : Dtle2JobReader.read(root);
    }
}
