package io.dtle.translator.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dtle.translator.mapping.ConnectorConfig;
import io.dtle.translator.mapping.JobNote;
import io.dtle.translator.mapping.Translation;

/**
 * The printed form of a translation: {"connectors": [{"name", "config"}], "ignored": [{"job", "field", "reason"}]}.
 * Each "config" is the body of PUT /connectors/{name}/config.
 */
public final class TranslationJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TranslationJson() {
    }

    public static String write(Translation translation) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode connectors = root.putArray("connectors");
        for (ConnectorConfig connector : translation.connectors()) {
            ObjectNode node = connectors.addObject();
            node.put("name", connector.name());
            ObjectNode config = node.putObject("config");
            connector.config().forEach(config::put);
        }
        ArrayNode ignored = root.putArray("ignored");
        for (JobNote note : translation.ignored()) {
            ignored.addObject().put("job", note.job()).put("field", note.field()).put("reason", note.reason());
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a translation as JSON", e);
        }
    }
}
