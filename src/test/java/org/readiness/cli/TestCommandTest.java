package org.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code readiness test}: the report, its exit codes, JSON and JUnit XML, coverage and its threshold. */
class TestCommandTest {

    static final String MIXED = "src/test/resources/rule-tests/mixed.yaml";
    static final String PASSING = "src/test/resources/rule-tests/passing.yaml";

    @Test
    void theShippedTestsPassAndFireEveryRule() {
        CliRun run = CliRun.of("test");
        assertEquals(0, run.exit(), run.describe());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.stream().filter(l -> !l.startsWith("PASS  ")).count() == 2, "one PASS line per case\n" + run.out());
        assertTrue(lines.contains("coverage: 40 of 40 rules fired (100%)"), run.out());
        assertTrue(lines.get(lines.size() - 1).matches("\\d+ passed, 0 failed"), run.out());
        assertTrue(run.out().contains("PASS  tests/ceasefire.yaml: what makes the ceasefire not met [Ceasefire.scope=none, "), run.out());
        assertEquals("", run.err());
    }

    @Test
    void aFailingCaseShowsWhatWasExpectedAndWhatHappenedAndExitsOne() {
        CliRun run = CliRun.of("test", MIXED);
        assertEquals(1, run.exit(), run.describe());
        String out = run.out();
        assertTrue(out.contains("PASS  " + MIXED + ": the article is no-go\n"), out);
        assertTrue(out.contains("FAIL  " + MIXED + ": the article's ceasefire is genuine\n      at " + MIXED + ":6:5\n"), out);
        assertTrue(out.contains("      ceasefire: expected MET, got NOT_MET (The ceasefire on offer covers only energy infrastructure"), out);
        assertTrue(out.contains("      fired: expected rule \"Genuine ceasefire holding\" to fire; about ceasefire, \"Ceasefire limited in scope\", "), out);
        assertTrue(out.contains("      notFired: expected rule \"Ceasefire limited in scope\" not to fire; it did: "), out);
        assertTrue(out.contains("PASS  " + MIXED + ": scope [Ceasefire.scope=partial]\n"), out);
        assertTrue(out.contains("FAIL  " + MIXED + ": scope [Ceasefire.scope=comprehensive]\n"), out);
        assertTrue(out.endsWith("2 passed, 2 failed\n"), out);
    }

    @Test
    void coverageListsTheRulesNoCaseFiredAndTheThresholdFailsTheRun() {
        CliRun run = CliRun.of("test", PASSING);
        assertEquals(0, run.exit(), run.describe());
        assertTrue(run.out().contains("coverage: 20 of 40 rules fired (50%)\n"), run.out());
        assertTrue(run.out().contains("  not fired: rule \"No ceasefire\" (rules/ceasefire.drl:14)\n"), run.out());
        assertEquals(20, run.out().lines().filter(l -> l.startsWith("  not fired: rule ")).count(), run.out());
        CliRun strict = CliRun.of("test", "--coverage-threshold", "60", PASSING);
        assertEquals(1, strict.exit(), strict.describe());
        assertTrue(strict.out().contains("coverage: 20 of 40 rules fired (50%), below the threshold of 60%\n"), strict.out());
        assertTrue(strict.out().endsWith("2 passed, 0 failed\n"), "the cases themselves passed");
        assertEquals(0, CliRun.of("test", "--coverage-threshold", "50", PASSING).exit(), "at the threshold is not below it");
    }

    @Test
    void jsonForTools() throws Exception {
        CliRun run = CliRun.of("test", "--format", "json", MIXED);
        assertEquals(1, run.exit());
        JsonNode report = new ObjectMapper().readTree(run.out());
        com.networknt.schema.JsonSchema contract = com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012)
                .getSchema(Path.of("schema/tests.schema.json").toUri());
        assertEquals(java.util.Set.of(), contract.validate(report));
        assertEquals(java.util.Set.of(), contract.validate(new ObjectMapper().readTree(
                CliRun.of("test", "--format", "json", "--coverage-threshold", "90", PASSING).out())));
        assertEquals("readiness.tests/1", report.get("schemaVersion").asText());
        assertEquals(2, report.get("passed").asInt());
        assertEquals(2, report.get("failed").asInt());
        assertFalse(report.get("success").asBoolean());
        JsonNode failing = report.get("cases").get(1);
        assertEquals("the article's ceasefire is genuine", failing.get("name").asText());
        assertEquals("FAIL", failing.get("outcome").asText());
        assertEquals(6, failing.get("line").asInt());
        assertEquals(3, failing.get("failures").size());
        assertTrue(failing.get("fired").toString().contains("Ceasefire limited in scope"));
        assertEquals(40, report.at("/coverage/rules").asInt());
    }

    @Test
    void junitXmlIsWrittenWholeForCiSystems(@TempDir Path dir) throws Exception {
        Path xml = dir.resolve("rule-tests.xml");
        CliRun run = CliRun.of("test", "--junit", xml.toString(), MIXED, PASSING);
        assertEquals(1, run.exit(), run.describe());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        Element suites = doc.getDocumentElement();
        assertEquals("testsuites", suites.getTagName());
        assertEquals("6", suites.getAttribute("tests"));
        assertEquals("2", suites.getAttribute("failures"));
        NodeList suiteList = doc.getElementsByTagName("testsuite");
        assertEquals(2, suiteList.getLength());
        assertEquals(MIXED, ((Element) suiteList.item(0)).getAttribute("name"));
        NodeList cases = doc.getElementsByTagName("testcase");
        assertEquals("<special> & \"characters\" in a name", ((Element) cases.item(5)).getAttribute("name"), "escaped and read back");
        NodeList failures = doc.getElementsByTagName("failure");
        assertEquals(2, failures.getLength());
        assertTrue(failures.item(0).getTextContent().contains("ceasefire: expected MET, got NOT_MET"));
        assertEquals(1, Files.list(dir).count(), "no temporary file is left behind");
    }

    @Test
    void aDirectoryIsSearchedForTestFiles() {
        CliRun run = CliRun.of("test", "src/test/resources/rule-tests");
        assertEquals(1, run.exit());
        assertTrue(run.out().endsWith("4 passed, 2 failed\n"), run.out());
    }

    @Test
    void invalidTestsAreAllReportedBeforeAnyCaseRuns() {
        CliRun run = CliRun.of("test", "src/test/resources/bad-input/tests/unknown-rule.yaml",
                "src/test/resources/bad-input/tests/bad-status.yaml", PASSING);
        assertEquals(3, run.exit(), run.describe());
        assertEquals("", run.out(), "no case runs when a test file is invalid");
        assertEquals(2, run.err().lines().count(), run.err());
    }
}
