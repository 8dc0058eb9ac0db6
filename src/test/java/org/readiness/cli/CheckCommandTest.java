package org.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readiness.Shipped;

/**
 * {@code readiness check} through the command line: exit codes, text, JSON, and SARIF validated against
 * the official OASIS SARIF 2.1.0 schema (from Maven Central, see pom.xml) with a real validator.
 */
class CheckCommandTest {

    static final String FIXTURES = "src/test/resources/check/";
    static final ObjectMapper JSON = new ObjectMapper();

    static JsonSchema sarifSchema() throws Exception {
        try (InputStream in = CheckCommandTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    @Test
    void theShippedProjectIsCleanAndExitsZero() {
        CliRun run = CliRun.of("check", "--max-combinations", "2000");
        assertEquals(0, run.exit(), run.describe());
        assertTrue(run.out().startsWith("readiness check: rules rules, " + Shipped.documents(Shipped.FACTS) + " fact files, "
                + Shipped.documents(Path.of("tests")) + " test files\n"), run.out());
        assertTrue(run.out().contains("  ceasefire: all 401 fact sets: no gaps, no conflicts\n"), run.out());
        assertTrue(run.out().endsWith("\nclean: no problems found\n"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void findingsExitOneAndPrintOneLineEachWithTheExampleBeneath() {
        CliRun run = CliRun.of("check", "--rules", FIXTURES + "gap", FIXTURES + "facts/unused-source.yaml");
        assertEquals(1, run.exit(), run.describe());
        assertTrue(run.out().contains("\n" + FIXTURES + "gap/calm.drl:5: warning: criterion 'calm': no rule concludes anything"), run.out());
        assertTrue(run.out().contains(" [gap]\n    example fact file:\n      # a gap in 'calm'"), run.out());
        assertTrue(run.out().contains("\n      facts:\n        - type: Alert\n          level: low\n          confirmed: false\n"), run.out());
        assertTrue(run.out().endsWith("\n0 errors, 3 warnings\n"), run.out());
    }

    @Test
    void exitCodesSayWhatWentWrong() {
        assertEquals(3, CliRun.of("check", "--rules", FIXTURES + "broken").exit(), "the rules do not compile");
        assertEquals(3, CliRun.of("check", "--rules", FIXTURES + "bad-criteria").exit(), "criteria.yaml is invalid");
        assertEquals(4, CliRun.of("check", "--rules", FIXTURES + "gap", "no-such-facts.yaml").exit(), "a path cannot be read");
        assertEquals(4, CliRun.of("check", "--rules", "no-such-rules").exit());
        CliRun bad = CliRun.of("check", "--max-combinations", "0", "--rules", FIXTURES + "gap", FIXTURES + "facts/bad-field.yaml");
        assertEquals(1, bad.exit(), "an invalid fact file is a problem found");
        assertTrue(bad.out().contains(FIXTURES + "facts/bad-field.yaml:5:11: error: facts[0].levl: Alert has no field 'levl'"), bad.out());
        assertEquals(2, CliRun.of("check", "--max-combinations", "-1").exit());
        assertEquals(2, CliRun.of("check", "--format", "xml").exit());
    }

    @Test
    void jsonCarriesEveryFindingAndTheAnalysis() throws Exception {
        CliRun run = CliRun.of("check", "--format", "json", "--rules", FIXTURES + "votes", "--max-combinations", "30",
                "src/test/resources/bad-input/tests/no-tests");
        assertEquals(1, run.exit(), run.describe());
        JsonNode report = JSON.readTree(run.out());
        JsonSchema contract = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(Path.of("schema/check.schema.json").toUri());
        assertEquals(Set.of(), contract.validate(report));
        assertEquals(Set.of(), contract.validate(JSON.readTree(CliRun.of("check", "--format", "json", "--rules", FIXTURES + "broken").out())));
        assertEquals(Set.of(), contract.validate(JSON.readTree(CliRun.of("check", "--format", "json", "--max-combinations", "50").out())));
        assertEquals("readiness.check/1", report.get("schemaVersion").asText());
        assertEquals("problems", report.get("outcome").asText());
        JsonNode gap = report.get("diagnostics").get(0);
        assertEquals("gap", gap.get("code").asText());
        assertEquals("warning", gap.get("severity").asText());
        assertEquals(FIXTURES + "votes/consensus.drl", gap.get("file").asText());
        assertTrue(gap.get("example").asText().contains("type: Member"));
        JsonNode consensus = report.get("analysis").get(0);
        assertEquals(30, consensus.get("evaluated").asInt());
        assertEquals(false, consensus.get("exhaustive").asBoolean());
        assertEquals(1, consensus.get("seed").asInt());
        assertEquals(1, consensus.get("exhaustiveUpToFacts").asInt());
    }

    @Test
    void sarifValidatesAgainstTheOfficialSchemaWithStableRuleIds(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("check.sarif");
        CliRun run = CliRun.of("check", "--format", "sarif", "--output", out.toString(), "--rules", FIXTURES + "lint", FIXTURES + "facts");
        assertEquals(1, run.exit(), run.describe());
        assertEquals("", run.out());
        JsonNode sarif = JSON.readTree(Files.readString(out));
        Set<ValidationMessage> errors = sarifSchema().validate(sarif);
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals("2.1.0", sarif.get("version").asText());
        JsonNode runNode = sarif.get("runs").get(0);
        JsonNode rules = runNode.at("/tool/driver/rules");
        JsonNode results = runNode.get("results");
        assertTrue(results.size() >= 5, results.toString());
        for (JsonNode result : results) {
            int index = result.get("ruleIndex").asInt();
            assertEquals(result.get("ruleId").asText(), rules.get(index).get("id").asText(), "ruleIndex points at the rule");
        }
        JsonNode unusedField = null;
        for (JsonNode result : results) {
            if (result.get("ruleId").asText().equals("unused-field")) {
                unusedField = result;
                break;
            }
        }
        assertEquals("warning", unusedField.get("level").asText());
        JsonNode location = unusedField.at("/locations/0/physicalLocation");
        assertEquals(FIXTURES + "lint/facts.drl", location.at("/artifactLocation/uri").asText());
        assertEquals("%SRCROOT%", location.at("/artifactLocation/uriBaseId").asText());
        assertEquals(8, location.at("/region/startLine").asInt());
        assertEquals(13, location.at("/region/startColumn").asInt());
        assertTrue(sarifSchema().validate(JSON.readTree(CliRun.of("check", "--format", "sarif", "--max-combinations", "100").out())).isEmpty(), "a clean run too");
        assertTrue(sarifSchema().validate(JSON.readTree(CliRun.of("check", "--format", "sarif", "--rules", FIXTURES + "broken").out())).isEmpty(),
                "and rules that do not compile");
        CliRun explained = CliRun.of("check", "--format", "sarif", "--rules", FIXTURES + "explained", "src/test/resources/bad-input/tests/no-tests");
        assertEquals(0, explained.exit(), "an explained gap does not fail the check");
        JsonNode note = JSON.readTree(explained.out()).at("/runs/0/results/0");
        assertEquals("note", note.get("level").asText());
        assertEquals("inSource", note.at("/suppressions/0/kind").asText());
        assertTrue(note.at("/suppressions/0/justification").asText().startsWith("A medium alert"));
        assertTrue(sarifSchema().validate(JSON.readTree(explained.out())).isEmpty());
    }

    @Test
    void theSchemaValidatorRejectsBrokenSarifSoTheTestAboveCanFail() throws Exception {
        JsonNode sarif = JSON.readTree(CliRun.of("check", "--format", "sarif", "--rules", FIXTURES + "lint").out());
        ((com.fasterxml.jackson.databind.node.ObjectNode) sarif.get("runs").get(0).get("results").get(0)).put("level", "severe");
        assertTrue(!sarifSchema().validate(sarif).isEmpty());
    }
}
