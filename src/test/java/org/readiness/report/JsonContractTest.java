package org.readiness.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.readiness.model.Assessment;

/**
 * The {@code readiness.assessment/1} contract: real output validates against the committed JSON Schema
 * (with a real validator), and golden files pin it field by field.
 */
class JsonContractTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(Path.of("schema/assessment.schema.json").toUri());

    /** The shipped fact sets that can be evaluated: those without uncertain fields (those are swept). */
    static Stream<Path> shippedFactSets() throws IOException {
        return Files.list(Shipped.FACTS).sorted().filter(p -> Shipped.readiness().readFacts(p).uncertain().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedFactSets")
    void everyShippedAssessmentValidatesAgainstTheSchema(Path facts) throws IOException {
        String json = render(OutputFormat.JSON, Shipped.readiness().evaluate(facts));
        Set<ValidationMessage> errors = SCHEMA.validate(JSON.readTree(json));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void severalAssessmentsValidateAsAnArray() throws IOException {
        List<Assessment> two = List.of(Shipped.readiness().evaluate(Shipped.ARTICLE),
                Shipped.readiness().evaluate(Shipped.FACTS.resolve("scenario-all-preconditions-met.yaml")));
        JsonNode array = JSON.readTree(OutputFormat.JSON.renderer(RenderOptions.PLAIN).render(two));
        assertTrue(array.isArray());
        assertTrue(SCHEMA.validate(array).isEmpty());
    }

    @Test
    void theSchemaRejectsWhatTheContractForbids() throws IOException {
        JsonNode good = JSON.readTree(render(OutputFormat.JSON, Shipped.readiness().evaluate(Shipped.ARTICLE)));
        ((com.fasterxml.jackson.databind.node.ObjectNode) good).put("verdict", "MAYBE");
        Set<ValidationMessage> errors = SCHEMA.validate(good);
        assertTrue(errors.stream().anyMatch(e -> e.getInstanceLocation().toString().equals("$.verdict")), errors.toString());
    }

    @Test
    void theCounterfactualIsPartOfTheContract() throws IOException {
        JsonNode article = JSON.readTree(render(OutputFormat.JSON, Shipped.readiness().evaluate(Shipped.ARTICLE)));
        assertTrue(article.get("counterfactual").get("found").asBoolean());
        ObjectNode edit = (ObjectNode) article.get("counterfactual").get("groups").get(0).get("edits").get(0);
        edit.put("kind", "delete");
        assertTrue(SCHEMA.validate(article).stream().anyMatch(e -> e.getInstanceLocation().toString().endsWith(".kind")));
        JsonNode go = JSON.readTree(render(OutputFormat.JSON,
                Shipped.readiness().evaluate(Shipped.FACTS.resolve("scenario-all-preconditions-met.yaml"))));
        assertTrue(!go.has("counterfactual"), "a GO has nothing to change");
    }

    @Test
    void articleJsonMatchesGoldenFile() {
        GoldenFiles.assertMatches("2025-03-coalition-planning.json", render(OutputFormat.JSON, Shipped.readiness().evaluate(Shipped.ARTICLE)));
    }

    @Test
    void articleTextMatchesGoldenFile() {
        GoldenFiles.assertMatches("2025-03-coalition-planning.txt", render(OutputFormat.TEXT, Shipped.readiness().evaluate(Shipped.ARTICLE)));
    }

    @Test
    void goScenarioJsonMatchesGoldenFile() {
        GoldenFiles.assertMatches("scenario-all-preconditions-met.json",
                render(OutputFormat.JSON, Shipped.readiness().evaluate(Shipped.FACTS.resolve("scenario-all-preconditions-met.yaml"))));
    }

    private static String render(OutputFormat format, Assessment assessment) {
        return format.renderer(RenderOptions.PLAIN).render(List.of(assessment));
    }
}
