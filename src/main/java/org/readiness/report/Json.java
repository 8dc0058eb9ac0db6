package org.readiness.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * Pretty-printed JSON documents, each ending in a newline, as every JSON output of Readiness is written:
 * with {@link JsonEscapes}, so that text from a fact set or a rule is inert wherever the JSON is shown.
 */
public final class Json {

    private Json() {
    }

    /** A new object to fill in. */
    public static ObjectNode object() {
        return AssessmentJson.MAPPER.createObjectNode();
    }

    public static String write(JsonNode document) {
        try {
            return AssessmentJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
