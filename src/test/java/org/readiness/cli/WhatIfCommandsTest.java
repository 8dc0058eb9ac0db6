package org.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate}'s counterfactual options, {@code diff} and {@code sweep}, in-process through picocli. */
class WhatIfCommandsTest {

    static final String ARTICLE = "facts/2025-03-coalition-planning.yaml";
    static final String ALL_MET = "facts/scenario-all-preconditions-met.yaml";
    static final String APRIL = "src/test/resources/diff/2025-04-coalition-planning.yaml";
    static final String UNCERTAIN = "facts/scenario-uncertain-backing.yaml";
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void evaluateShowsTheCounterfactualUnlessToldNotTo() throws IOException {
        CliRun run = CliRun.of("evaluate", ARTICLE);
        assertTrue(run.out().contains("\nWHAT WOULD HAVE TO CHANGE\n  The fewest fact edits that turn the verdict to GO: 17 edits to 7 facts."),
                run.out());
        assertTrue(run.out().contains("    Ceasefire.scope: energy-infrastructure → comprehensive\n"));
        assertTrue(run.out().contains("      --set 'Support[party=US].political=committed' \\\n"));
        CliRun assumed = CliRun.of("evaluate", "--set", "Mandate.status=agreed", ARTICLE);
        assertTrue(assumed.out().contains("readiness evaluate " + ARTICLE + " \\\n      --set 'Mandate.status=agreed' \\\n"),
                "the replay starts from the overrides already assumed");
        assertTrue(assumed.out().contains("16 edits to 7 facts"), assumed.out());
        CliRun off = CliRun.of("evaluate", "--no-counterfactual", "--format", "json", ARTICLE);
        assertEquals(1, off.exit());
        assertFalse(JSON.readTree(off.out()).has("counterfactual"));
        assertFalse(CliRun.of("evaluate", "--no-counterfactual", ARTICLE).out().contains("\nWHAT WOULD HAVE TO CHANGE\n"));
    }

    @Test
    void evaluateTakesTheSearchsBounds() throws IOException {
        CliRun bounded = CliRun.of("evaluate", "--max-edits", "10", ARTICLE);
        assertTrue(bounded.out().contains("No set of at most 10 edits within the declared values turns the verdict to GO."),
                bounded.out());
        assertTrue(bounded.out().contains("The closest: 9 edits to 3 facts leave ceasefire, support blocking."), bounded.out());
        JsonNode cut = JSON.readTree(CliRun.of("evaluate", "--format", "json", "--max-variations", "3", ARTICLE).out())
                .get("counterfactual").get("search");
        assertEquals("variations", cut.get("stoppedBy").asText());
        assertEquals(3, cut.get("maxVariations").asInt());
        JsonNode timed = JSON.readTree(CliRun.of("evaluate", "--format", "json", "--search-time", "0.000000001", ARTICLE).out())
                .get("counterfactual").get("search");
        assertEquals("time", timed.get("stoppedBy").asText());
        assertEquals(2, CliRun.of("evaluate", "--max-edits", "0", ARTICLE).exit());
        assertEquals(2, CliRun.of("evaluate", "--search-time", "-1", ARTICLE).exit());
        assertEquals(2, CliRun.of("evaluate", "--search-time", "1e-10", ARTICLE).exit(), "under a nanosecond is no time at all");
    }

    @Test
    void diffExitsZeroForTheSameVerdictAndOneForAnother(@TempDir Path dir) throws IOException {
        CliRun same = CliRun.of("diff", ARTICLE, APRIL);
        assertEquals(0, same.exit(), same.describe());
        assertTrue(same.out().contains("VERDICT: NO-GO  unchanged"), same.out());
        assertTrue(same.out().contains("  + Support[party=Germany] (added)"), same.out());
        same.out().lines().forEach(line -> assertTrue(line.codePointCount(0, line.length()) <= 80, "too wide: " + line));
        CliRun moved = CliRun.of("diff", "--format", "json", ARTICLE, ALL_MET);
        assertEquals(1, moved.exit());
        JsonNode json = JSON.readTree(moved.out());
        assertEquals("readiness.diff/1", json.get("schemaVersion").asText());
        assertTrue(json.get("verdictChanged").asBoolean());
        Path out = dir.resolve("diff.json");
        assertEquals(1, CliRun.of("diff", "--format", "json", "-o", out.toString(), ARTICLE, ALL_MET).exit());
        assertEquals(withoutTime(moved.out()), withoutTime(Files.readString(out)));
    }

    @Test
    void sweepReportsTheOddsAndIsTheSameOnAnyNumberOfThreads() throws IOException {
        CliRun one = CliRun.of("sweep", "--format", "json", "--samples", "500", "--seed", "3", "--threads", "1", UNCERTAIN);
        assertEquals(1, one.exit(), one.describe());
        CliRun two = CliRun.of("sweep", "--format", "json", "--samples", "500", "--seed", "3", "--threads", "2", UNCERTAIN);
        assertEquals(withoutTime(one.out()), withoutTime(two.out()));
        JsonNode json = JSON.readTree(one.out());
        assertEquals("monte-carlo", json.get("method").asText());
        assertEquals(500, json.get("cases").asInt());
        assertEquals("", one.err(), "no progress bar when standard error is not a terminal");
        CliRun text = CliRun.of("sweep", "--samples", "200", UNCERTAIN);
        assertTrue(text.out().contains("P(GO) = "), text.out());
        assertTrue(text.out().contains("BLOCKS MOST OFTEN"));
        CliRun settled = CliRun.of("sweep", "--set", "Support[party=US].political=committed", "--format", "json", "--samples", "200", UNCERTAIN);
        assertEquals("Support[party=US].political=committed", JSON.readTree(settled.out()).get("overrides").get(0).asText());
        assertEquals(0, CliRun.of("sweep", ALL_MET).exit(), "GO in its only case");
        assertEquals(2, CliRun.of("sweep", "--samples", "0", UNCERTAIN).exit());
        assertEquals(2, CliRun.of("sweep", "--threads", "0", UNCERTAIN).exit());
    }

    @Test
    void helpForEachNewCommandPrintsCleanly() {
        for (String command : new String[] {"diff", "sweep", "evaluate"}) {
            CliRun help = CliRun.of(command, "--help");
            assertEquals(0, help.exit());
            assertEquals("", help.err(), command + " --help");
            assertTrue(help.out().startsWith("Usage: readiness " + command), help.out());
        }
        assertTrue(CliRun.of("--help").out().contains("diff: the verdict differs"));
    }

    /** The output less the one line that differs from run to run: when it ran. */
    private static String withoutTime(String json) {
        return json.replaceAll("\"evaluatedAt\" : \"[^\"]*\"", "");
    }

    @Test
    void theProgressBarWaitsASecondThenDrawsOnStandardErrorAndWipesItself() {
        StringWriter err = new StringWriter();
        AtomicLong now = new AtomicLong();
        ProgressBar bar = new ProgressBar(new PrintWriter(err), true, now::get);
        bar.advanced(100, 1000);
        assertEquals("", err.toString(), "nothing in the first second");
        now.set(1_500_000_000L);
        bar.advanced(500, 1000);
        assertTrue(err.toString().startsWith("\rsweep [###############               ]  50%  500 of 1,000 cases"), err.toString());
        int drawn = err.toString().length();
        now.addAndGet(10_000_000L);
        bar.advanced(510, 1000);
        assertEquals(drawn, err.toString().length(), "at most ten redraws a second");
        bar.finish();
        assertTrue(err.toString().endsWith("\r" + " ".repeat(79) + "\r"));
        StringWriter quiet = new StringWriter();
        ProgressBar off = new ProgressBar(new PrintWriter(quiet), false, now::get);
        now.addAndGet(5_000_000_000L);
        off.advanced(1, 2);
        off.finish();
        assertEquals("", quiet.toString(), "never when standard error is not a terminal");
    }
}
