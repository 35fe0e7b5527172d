package io.dtle.translator.job;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a job file in any of dtle's formats: dtle 2.x JSON ({"Name", "Tasks": [...]}), dtle 3.x/4.x as the JSON of
 * Nomad's API ({"Job": {...}}) or as an HCL job file ({@code job "name" { group "src" {...} }}). A file whose first
 * character, past white space, is '{' or '[' is JSON; any other is HCL.
 */
public final class JobFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JobFiles() {
    }

    public static JobSpec read(String text) {
        if (!looksLikeJson(text)) {
            return NomadJobReader.read(NomadHclReader.read(text));
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            // Jackson's message ends with a source description that only repeats the location.
            String problem = e.getOriginalMessage().replaceAll("(?s)\\s*\\(for .*|\\s*\\n.*", "");
            throw new JobFileException("$", "the job file is not JSON" + where + ": " + problem,
                    "fix the JSON syntax");
        }
        if (root == null || !root.isObject()) {
            throw new JobFileException("$", "the job file is not a JSON object",
                    "a job file is {\"Name\": ..., \"Tasks\": [...]} (dtle 2.x) or {\"Job\": {...}} (dtle 3.x/4.x)");
        }
        return NomadJobReader.accepts(root) ? NomadJobReader.read(root) : Dtle2JobReader.read(root);
    }

    private static boolean looksLikeJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return c == '{' || c == '[';
            }
        }
        return false;
    }
}
