package org.readiness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.readiness.Readiness;
import org.readiness.Shipped;
import org.readiness.engine.SweepOptions;
import org.readiness.model.AssessmentDiff;
import org.readiness.model.SweepResult;

/**
 * The {@code readiness.diff/1} and {@code readiness.sweep/1} contracts: real output validates against the
 * committed JSON Schemas, golden files pin output field by field, and the definitions the schemas copy
 * from assessment.schema.json stay the same as there.
 */
class DiffAndSweepContractTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    static final JsonSchema DIFF = FACTORY.getSchema(Path.of("schema/diff.schema.json").toUri());
    static final JsonSchema SWEEP = FACTORY.getSchema(Path.of("schema/sweep.schema.json").toUri());

    private final Readiness readiness = Shipped.readiness();

    private AssessmentDiff april() {
        return readiness.diff(readiness.readFacts(Shipped.ARTICLE),
                readiness.readFacts(Path.of("src/test/resources/diff/2025-04-coalition-planning.yaml")));
    }

    private SweepResult backing() {
        return readiness.sweep(readiness.readFacts(Shipped.FACTS.resolve("scenario-uncertain-backing.yaml")), new SweepOptions(2000, 0, 2));
    }

    @Test
    void diffJsonValidatesAndMatchesItsGoldenFile() throws IOException {
        String json = OutputFormat.JSON.renderer(RenderOptions.PLAIN).render(april());
        assertValid(DIFF, json);
        GoldenFiles.assertMatches("diff-2025-03-to-2025-04.json", json);
        assertValid(DIFF, OutputFormat.JSON.renderer(RenderOptions.PLAIN).render(readiness.diff(readiness.readFacts(Shipped.ARTICLE),
                readiness.readFacts(Shipped.FACTS.resolve("scenario-all-preconditions-met.yaml")))));
    }

    @Test
    void diffTextMatchesItsGoldenFile() {
        GoldenFiles.assertMatches("diff-2025-03-to-2025-04.txt", OutputFormat.TEXT.renderer(RenderOptions.PLAIN).render(april()));
    }

    @Test
    void sweepJsonValidatesAndMatchesItsGoldenFile() throws IOException {
        String json = SweepFormat.JSON.sweep(backing(), RenderOptions.PLAIN);
        assertValid(SWEEP, json);
        GoldenFiles.assertMatches("scenario-uncertain-backing.sweep.json", json);
        assertValid(SWEEP, SweepFormat.JSON.sweep(readiness.sweep(readiness.readFacts(
                Shipped.FACTS.resolve("2025-03-coalition-planning-uncertain.yaml")), SweepOptions.DEFAULT), RenderOptions.PLAIN));
    }

    @Test
    void sweepTextMatchesItsGoldenFile() {
        GoldenFiles.assertMatches("scenario-uncertain-backing.sweep.txt", SweepFormat.TEXT.sweep(backing(), RenderOptions.PLAIN));
    }

    @Test
    void theSchemasRejectWhatTheContractsForbid() throws IOException {
        ObjectNode diff = (ObjectNode) JSON.readTree(OutputFormat.JSON.renderer(RenderOptions.PLAIN).render(april()));
        diff.put("schemaVersion", "readiness.diff/2");
        assertTrue(!DIFF.validate(diff).isEmpty());
        ObjectNode sweep = (ObjectNode) JSON.readTree(SweepFormat.JSON.sweep(backing(), RenderOptions.PLAIN));
        ((ObjectNode) sweep.get("go")).put("probability", 1.5);
        assertTrue(!SWEEP.validate(sweep).isEmpty());
    }

    @Test
    void copiedDefinitionsAreTheAssessmentSchemas() throws IOException {
        JsonNode assessment = JSON.readTree(Path.of("schema/assessment.schema.json").toFile()).get("$defs");
        for (String schema : new String[] {"schema/diff.schema.json", "schema/sweep.schema.json"}) {
            JsonNode defs = JSON.readTree(Path.of(schema).toFile()).get("$defs");
            for (Iterator<Map.Entry<String, JsonNode>> it = defs.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> def = it.next();
                if (assessment.has(def.getKey())) {
                    assertEquals(assessment.get(def.getKey()), def.getValue(), schema + " $defs/" + def.getKey());
                }
            }
        }
    }

    private static void assertValid(JsonSchema schema, String json) throws IOException {
        Set<ValidationMessage> errors = schema.validate(JSON.readTree(json));
        assertTrue(errors.isEmpty(), errors.toString());
    }
}
