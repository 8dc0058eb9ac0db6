package org.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as a process, with the JVM's class-loading log: a text run, of evaluate or of diff,
 * never loads the template engine or the briefing classes (a cold run must not pay for a format it does
 * not use); an HTML run does, and writes the briefing.
 */
class BriefingJarIT {

    @Test
    void aTextRunNeverLoadsTheTemplateEngine(@TempDir Path dir) throws Exception {
        List<String> loaded = run(dir.resolve("text.log"), "evaluate", "facts/2025-03-coalition-planning.yaml");
        assertTrue(loaded.contains("org.readiness.report.TextRenderer"), "the log is read");
        assertFalse(loaded.stream().anyMatch(c -> c.startsWith("gg.jte.") || c.startsWith("org.readiness.report.briefing.")
                || c.contains("HtmlRenderer") || c.contains("MarkdownRenderer")), "a text run loaded briefing classes");
    }

    @Test
    void aTextDiffNeverLoadsTheTemplateEngineEither(@TempDir Path dir) throws Exception {
        List<String> loaded = run(dir.resolve("diff.log"), "diff", "facts/2025-03-coalition-planning.yaml",
                "facts/scenario-all-preconditions-met.yaml");
        assertTrue(loaded.contains("org.readiness.report.DiffText"), "the log is read");
        assertFalse(loaded.stream().anyMatch(c -> c.startsWith("gg.jte.") || c.startsWith("org.readiness.report.briefing.")
                || c.contains("HtmlRenderer") || c.contains("MarkdownRenderer")), "a text diff loaded briefing classes");
    }

    @Test
    void anHtmlRunLoadsTheTemplatesAndWritesTheBriefing(@TempDir Path dir) throws Exception {
        Path briefing = dir.resolve("briefing.html");
        List<String> loaded = run(dir.resolve("html.log"), "evaluate", "--format", "html", "-o", briefing.toString(),
                "facts/2025-03-coalition-planning.yaml");
        assertTrue(loaded.contains("gg.jte.TemplateEngine"), "the check above would see the engine if it were loaded");
        assertTrue(loaded.contains("org.readiness.report.briefing.html.JtebriefingGenerated"));
        assertTrue(Files.readString(briefing).contains("NO-GO"));
    }

    /** Runs the jar and returns the names of the classes it loaded, in order. */
    private static List<String> run(Path log, String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xlog:class+load=info:file=" + log, "-jar", "target/readiness.jar"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the process finishes");
        assertEquals(1, process.exitValue(), "NO-GO");
        List<String> classes = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            int start = line.indexOf("] ");
            if (start > 0) {
                String rest = line.substring(line.lastIndexOf("] ") + 2);
                classes.add(rest.split(" ")[0]);
            }
        }
        return classes;
    }
}
