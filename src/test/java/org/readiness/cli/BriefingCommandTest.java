package org.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code readiness evaluate --format html|markdown}: briefings from the command line. */
class BriefingCommandTest {

    static final String ARTICLE = "facts/2025-03-coalition-planning.yaml";
    static final String ALL_MET = "facts/scenario-all-preconditions-met.yaml";
    static final String APRIL = "src/test/resources/diff/2025-04-coalition-planning.yaml";

    @Test
    void htmlGoesToTheOutputFileWholeAndTheExitCodeIsTheVerdicts(@TempDir Path dir) throws IOException {
        Path briefing = dir.resolve("briefing.html");
        CliRun run = CliRun.of("evaluate", ARTICLE, "--format", "html", "--output", briefing.toString());
        assertEquals(1, run.exit(), run.describe());
        assertEquals("", run.out());
        assertEquals("", run.err());
        String html = Files.readString(briefing);
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.strip().endsWith("</html>"));
        assertTrue(html.contains("<title>Readiness briefing: Coalition of the willing, planning in March 2025</title>"));
        assertEquals(1, Files.list(dir).count(), "no temporary file is left behind");
    }

    @Test
    void markdownGoesToStandardOutput() {
        CliRun run = CliRun.of("evaluate", "--format", "markdown", ALL_MET);
        assertEquals(0, run.exit(), run.describe());
        assertTrue(run.out().startsWith("# Readiness briefing: Hypothetical: every precondition met\n\n**Verdict: ✓ GO.**"), run.out());
    }

    @Test
    void severalFactSetsMakeOneComparativeBriefing() {
        CliRun run = CliRun.of("evaluate", "--format", "markdown", ARTICLE, ALL_MET);
        assertEquals(1, run.exit(), "the worst outcome decides");
        assertTrue(run.out().startsWith("# Readiness briefing: 2 scenarios compared\n"), run.out());
        assertTrue(run.out().contains("| **Verdict** | **✗ NO-GO** | **✓ GO** |"), run.out());
    }

    @Test
    void briefingsNeverCarryTerminalColour() {
        assertTrue(!CliRun.withEnv(Map.of(), true, "evaluate", "--format", "markdown", ARTICLE).out().contains("\u001b["));
        assertTrue(!CliRun.withEnv(Map.of(), true, "evaluate", "--format", "html", ARTICLE).out().contains("\u001b["));
    }

    @Test
    void whatIfOverridesAreShownAsAssumptions() {
        CliRun run = CliRun.of("evaluate", "--format", "html", "--set", "Ceasefire.scope=comprehensive", ARTICLE);
        assertTrue(run.out().contains("<strong>What-if:</strong> this assessment assumes the following"), run.out());
        assertTrue(run.out().contains("<li><code>Ceasefire.scope=comprehensive</code></li>"), run.out());
    }

    @Test
    void diffWritesAnHtmlBriefingWholeAndExitsByWhetherTheVerdictMoved(@TempDir Path dir) throws IOException {
        Path briefing = dir.resolve("diff.html");
        CliRun run = CliRun.of("diff", ARTICLE, ALL_MET, "--format", "html", "--output", briefing.toString());
        assertEquals(1, run.exit(), run.describe());
        assertEquals("", run.out() + run.err());
        String html = Files.readString(briefing);
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.contains("<title>Readiness diff: Coalition of the willing, planning in March 2025 → Hypothetical: every precondition met</title>"));
        assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"), "the briefings' page shell");
        assertEquals(1, Files.list(dir).count(), "no temporary file is left behind");
    }

    @Test
    void diffInMarkdownGoesToStandardOutput() {
        CliRun run = CliRun.of("diff", "--format", "markdown", ARTICLE, APRIL);
        assertEquals(0, run.exit(), "the same verdict: " + run.describe());
        assertTrue(run.out().startsWith("# Readiness diff: what changed, and how the assessment moved\n"), run.out());
        assertTrue(run.out().contains("\n**Verdict: ✗ NO-GO, unchanged.** No criterion changed status; "), run.out());
        assertTrue(run.out().contains("\n| \\~ changed | Support\\[party=US\\] | political: uncertain → conditional |\n"), run.out());
    }

    @Test
    void helpNamesTheFormats() {
        assertTrue(CliRun.of("diff", "--help").out().contains("Output format: text, json, html, markdown"), CliRun.of("diff", "--help").out());
        CliRun help = CliRun.of("evaluate", "--help");
        assertTrue(help.out().contains("text, json, html, markdown"), help.out());
        assertEquals(0, CliRun.of("evaluate", "--format", "MarkDown", ALL_MET).exit(), "formats are case-insensitive");
    }
}
