package org.readiness.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;

/** Pretty-printed JSON documents, each ending in a newline. */
final class Json {

    private Json() {
    }

    static String write(JsonNode document) {
        try {
            return AssessmentJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
