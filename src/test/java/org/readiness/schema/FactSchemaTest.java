package org.readiness.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.readiness.Shipped;
import org.readiness.document.DocumentFiles;

/**
 * The fact-file schema: the committed {@code schema/facts.schema.json} is what the shipped rules generate,
 * every shipped fact file validates against it with a real JSON Schema validator, and it rejects what the
 * declarations forbid, at the right place.
 */
class FactSchemaTest {

    static final Path COMMITTED = Path.of("schema/facts.schema.json");
    static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(COMMITTED.toUri());

    static Stream<Path> shippedFactFiles() {
        return DocumentFiles.under(List.of(Shipped.FACTS)).files().stream();
    }

    @Test
    void theCommittedSchemaIsWhatTheRulesGenerate() throws IOException {
        assertEquals(Files.readString(COMMITTED), FactSchema.json(Shipped.readiness().rules().catalog()),
                "regenerate it: readiness schema --output " + COMMITTED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedFactFiles")
    void everyShippedFactFileValidates(Path file) throws IOException {
        Set<ValidationMessage> errors = SCHEMA.validate(read(file));
        assertTrue(errors.isEmpty(), file + ": " + errors);
    }

    @Test
    void itRejectsWhatTheDeclarationsForbidAtTheirPlace() throws IOException {
        assertRejects("$.facts[0].scop", fact -> fact.put("scop", "none"));
        assertRejects("$.facts[0].scope", fact -> fact.put("scope", "sort-of"));
        assertRejects("$.facts[0].type", fact -> fact.put("type", "Cesefire"));
        assertRejects("$.facts[0].agreedBy", fact -> fact.put("agreedBy", 3));
        assertRejects("$.facts[0].scope", fact -> fact.putObject("scope").put("sort-of", 1.0));
        assertRejects("$.facts[0].scope", fact -> fact.putObject("scope").put("partial", 1.5));
    }

    @Test
    void requiredFieldsAndTheEnvelopeComeFromTheDeclarations() throws IOException {
        JsonNode support = JSON.readTree(COMMITTED.toFile()).get("$defs").get("Support");
        assertEquals(List.of("type", "party", "role"), JSON.convertValue(support.get("required"), List.class));
        assertEquals(List.of("lead", "member", "backstop"), JSON.convertValue(support.at("/properties/role/anyOf/0/enum"), List.class));
        assertTrue(support.at("/properties/political/anyOf/0/enum").toString().contains("null"), "an optional field may be left empty");
        assertEquals(List.of("committed", "conditional", "hesitant", "uncertain", "opposed"),
                JSON.convertValue(support.at("/properties/political/anyOf/1/propertyNames/enum"), List.class),
                "or given as a distribution over its values");
        assertTrue(support.at("/properties/party/anyOf").isMissingNode(), "a key field cannot be uncertain");
        assertTrue(support.at("/properties/party/description").asText().startsWith("The nation or organisation"));
        assertTrue(support.at("/properties/sources").isObject() && support.at("/properties/note").isObject());
        assertEquals("One party's backing for the mission: one fact per party.", support.get("description").asText());
    }

    static final ObjectMapper JSON = new ObjectMapper();

    private static void assertRejects(String where, java.util.function.Consumer<ObjectNode> edit) throws IOException {
        JsonNode facts = read(Shipped.ARTICLE);
        edit.accept((ObjectNode) facts.get("facts").get(0));
        Set<ValidationMessage> errors = SCHEMA.validate(facts);
        assertTrue(errors.stream().anyMatch(e -> e.getInstanceLocation().toString().startsWith(where)
                        || e.getInstanceLocation().toString().equals("$.facts[0]") && e.getMessage().contains(where.substring(where.lastIndexOf('.') + 1))),
                where + " not rejected: " + errors);
    }

    private static JsonNode read(Path file) throws IOException {
        return file.toString().endsWith(".json") ? JSON.readTree(file.toFile()) : new YAMLMapper().readTree(file.toFile());
    }
}
