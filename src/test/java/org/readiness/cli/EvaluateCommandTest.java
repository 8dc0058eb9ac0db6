package org.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code readiness evaluate} as policy staff and review workflows run it, in-process through picocli. */
class EvaluateCommandTest {

    static final String ARTICLE = "facts/2025-03-coalition-planning.yaml";
    static final String ALL_MET = "facts/scenario-all-preconditions-met.yaml";
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void textPutsTheVerdictFirstAndFitsEightyColumns() {
        CliRun run = CliRun.of("evaluate", ARTICLE);
        assertEquals(1, run.exit(), run.describe());
        assertTrue(run.out().startsWith("Coalition of the willing, planning in March 2025\n"), run.out());
        assertTrue(run.out().lines().limit(5).anyMatch(l -> l.startsWith("VERDICT: NO-GO")), run.out());
        assertTrue(run.out().contains("✗ NOT MET  Genuine ceasefire (ceasefire)"));
        assertTrue(run.out().contains("WHY NOT, AND WHAT WOULD HAVE TO CHANGE"));
        assertTrue(run.out().contains("→ Negotiate a comprehensive ceasefire"));
        run.out().lines().forEach(line -> assertTrue(line.codePointCount(0, line.length()) <= 80, "too wide: " + line));
        assertEquals("", run.err());
    }

    @Test
    void goExitsZeroAndListsNothingToChange() {
        CliRun run = CliRun.of("evaluate", ALL_MET);
        assertEquals(0, run.exit(), run.describe());
        assertTrue(run.out().contains("VERDICT: GO"));
        assertFalse(run.out().contains("WHAT WOULD HAVE TO CHANGE"));
    }

    @Test
    void explainShowsWhyMetCriteriaAreMet() {
        CliRun run = CliRun.of("evaluate", "--explain", ALL_MET);
        assertTrue(run.out().contains("\nWHY\n"), run.out());
        assertTrue(run.out().contains("✓ A comprehensive ceasefire, agreed by all parties, is holding"), run.out());
        assertTrue(run.out().contains("rule \"Genuine ceasefire holding\" (rules/ceasefire.drl:"), run.out());
    }

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor() {
        assertFalse(CliRun.withEnv(Map.of(), false, "evaluate", ARTICLE).out().contains("\u001b["));
        assertTrue(CliRun.withEnv(Map.of(), true, "evaluate", ARTICLE).out().contains("\u001b[31m"));
        assertFalse(CliRun.withEnv(Map.of("NO_COLOR", "1"), true, "evaluate", ARTICLE).out().contains("\u001b["));
        assertFalse(CliRun.withEnv(Map.of(), true, "evaluate", "--format", "json", ARTICLE).out().contains("\u001b["));
    }

    @Test
    void jsonIsOneAssessmentOrAnArrayInTheOrderGiven() throws IOException {
        CliRun one = CliRun.of("evaluate", "--format", "json", ALL_MET);
        assertEquals(0, one.exit());
        assertEquals("GO", JSON.readTree(one.out()).get("verdict").asText());

        CliRun two = CliRun.of("evaluate", "--format=json", ALL_MET, ARTICLE);
        assertEquals(1, two.exit(), "the worst outcome decides");
        JsonNode array = JSON.readTree(two.out());
        assertEquals(2, array.size());
        assertEquals(ALL_MET, array.get(0).get("origin").asText());
        assertEquals("NO_GO", array.get(1).get("verdict").asText());
    }

    @Test
    void outputFileIsWrittenWholeAndLeftAloneWhenTheRunFails(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("assessment.json");
        CliRun written = CliRun.of("evaluate", "--format", "json", "--output", out.toString(), ARTICLE);
        assertEquals(1, written.exit(), written.describe());
        assertEquals("", written.out());
        String content = Files.readString(out);
        assertEquals("NO_GO", JSON.readTree(content).get("verdict").asText());
        assertEquals(1, Files.list(dir).count(), "no temporary file is left behind");

        CliRun failed = CliRun.of("evaluate", "--output", out.toString(), ARTICLE, "src/test/resources/bad-input/facts/unknown-field.yaml");
        assertEquals(3, failed.exit());
        assertEquals(content, Files.readString(out), "a failed run leaves the previous output as it was");
    }

    @Test
    void evidencePolicyCanBeOverriddenForOneRun() {
        String stale = "facts/scenario-stale-evidence.yaml";
        assertEquals(1, CliRun.of("evaluate", stale).exit());
        CliRun lenient = CliRun.of("evaluate", "--max-age", "365", stale);
        assertEquals(0, lenient.exit(), lenient.describe());
        assertTrue(lenient.out().contains("at most 365 days old"), lenient.out());
        CliRun strict = CliRun.of("evaluate", "--min-reliability", "A", "--min-credibility", "1", ALL_MET);
        assertEquals(1, strict.exit(), "B2 sources no longer count");
    }

    @Test
    void rulesDirectoryComesFromTheOptionOrTheEnvironment() {
        CliRun fromEnv = CliRun.withEnv(Map.of("READINESS_RULES", "no-such-dir"), false, "evaluate", ARTICLE);
        assertEquals(4, fromEnv.exit());
        assertTrue(fromEnv.err().startsWith("no-such-dir: no rules directory here"), fromEnv.err());
        assertEquals(1, CliRun.withEnv(Map.of("READINESS_RULES", "no-such-dir"), false, "evaluate", "--rules", "rules", ARTICLE).exit());
    }

    @Test
    void usageErrorsExitTwoWithOneLineAndAPointerToHelp() {
        CliRun run = CliRun.of("evaluate", "--format", "xml", ARTICLE);
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("readiness: Invalid value for option '--format'"), run.err());
        assertTrue(run.err().contains("Run 'readiness evaluate --help' for usage."));
        assertEquals(2, CliRun.of("evaluate").exit());
        assertEquals(2, CliRun.of("evaluate", "--min-credibility", "9", ARTICLE).exit());
        assertEquals(2, CliRun.of("no-such-command").exit());
    }

    @Test
    void helpAndVersion() {
        CliRun help = CliRun.of("evaluate", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("--format=FORMAT"), help.out());
        CliRun version = CliRun.of("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().startsWith("readiness ") && version.out().contains("Drools 10.2.0"), version.out());
        assertTrue(CliRun.of("--help").out().contains("Exit codes:"));
    }
}
