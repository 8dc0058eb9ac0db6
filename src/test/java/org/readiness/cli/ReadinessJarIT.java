package org.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged application as users run it: {@code java -jar target/readiness.jar}, a real process, its
 * exit codes and its streams. Runs in {@code mvn verify}, after the jar is built.
 */
class ReadinessJarIT {

    record Run(int exit, String out, String err) {
    }

    static Run java(String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", Path.of("target", "readiness.jar").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        // The rule cache of these runs stays in target/, away from the user's own (RuleCacheIT tests it).
        builder.environment().put("READINESS_CACHE_DIR", Path.of("target", "it-rule-cache").toString());
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the process finishes");
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void theArticleIsNoGoWithExitOneAndNothingOnStderr() throws Exception {
        Run run = java("evaluate", "facts/2025-03-coalition-planning.yaml");
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.out().contains("VERDICT: NO-GO"), run.out());
        assertEquals("", run.err(), "a normal run logs nothing: the engine's INFO lines are silenced");
    }

    @Test
    void goExitsZeroWithJson() throws Exception {
        Run run = java("evaluate", "--format", "json", "facts/scenario-all-preconditions-met.yaml");
        assertEquals(0, run.exit(), run.err());
        assertEquals("GO", new ObjectMapper().readTree(run.out()).get("verdict").asText());
    }

    @Test
    void badFactsExitThreeWithOneLineAndNoStackTrace() throws Exception {
        Run run = java("evaluate", "src/test/resources/bad-input/facts/unknown-field.yaml");
        assertEquals(3, run.exit());
        assertEquals("", run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertFalse(run.err().contains("Exception"));
    }

    @Test
    void aMissingFileExitsFourAndUsageErrorsExitTwo() throws Exception {
        assertEquals(4, java("evaluate", "no-such-file.yaml").exit());
        assertEquals(2, java("evaluate", "--no-such-option").exit());
    }

    @Test
    void sweepAndDiffRunAsProcessesWithNothingOnStderrWhenItIsNotATerminal() throws Exception {
        Run sweep = java("sweep", "--samples", "300", "facts/scenario-uncertain-backing.yaml");
        assertEquals(1, sweep.exit(), sweep.err());
        assertTrue(sweep.out().contains("P(GO) = "), sweep.out());
        assertEquals("", sweep.err(), "no progress bar on a pipe");
        Run diff = java("diff", "--format", "json", "facts/2025-03-coalition-planning.yaml", "facts/scenario-all-preconditions-met.yaml");
        assertEquals(1, diff.exit(), diff.err());
        assertEquals("readiness.diff/1", new ObjectMapper().readTree(diff.out()).get("schemaVersion").asText());
    }

    @Test
    void debugShowsTheStackTraceThatIsOtherwiseHidden() throws Exception {
        Run run = java("evaluate", "--debug", "src/test/resources/bad-input/facts/unknown-field.yaml");
        assertEquals(3, run.exit());
        assertTrue(run.err().contains("ProblemException"), run.err());
    }
}
