package org.readiness.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Pretty-printed JSON documents, each ending in a newline, as every JSON output of Readiness is written:
 * with {@link JsonEscapes}, so that text from a fact set or a rule is inert wherever the JSON is shown.
 */
public final class Json {

    private static final ObjectWriter TEXT = AssessmentJson.MAPPER.writerWithDefaultPrettyPrinter();
    /** Characters outside the BMP as themselves, as in {@link #TEXT}'s strings: Jackson escapes them otherwise. */
    private static final ObjectWriter BYTES = TEXT.with(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8);

    private Json() {
    }

    /** A new object to fill in. */
    public static ObjectNode object() {
        return AssessmentJson.MAPPER.createObjectNode();
    }

    public static String write(JsonNode document) {
        try {
            return TEXT.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The same document as {@link #write} as UTF-8 bytes, written as bytes from the start: the service's
     * answers, where the string and its encoding would double the work and the garbage of a 40 KB answer.
     */
    public static byte[] utf8(JsonNode document) {
        try {
            byte[] json = BYTES.writeValueAsBytes(document);
            byte[] line = Arrays.copyOf(json, json.length + 1);
            line[json.length] = '\n';
            return line;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
