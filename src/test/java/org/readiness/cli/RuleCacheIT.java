package org.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule cache as users meet it: real processes of the packaged jar sharing one cache directory. Runs
 * that start together all compile and write at once and each still prints the right assessment; later
 * runs load what they left; a cache that cannot be written costs one warning line, never the run.
 */
class RuleCacheIT {

    static final String ARTICLE = "facts/2025-03-coalition-planning.yaml";

    record Run(int exit, String out, String err) {
    }

    @TempDir
    Path temp;

    static String expected;

    @BeforeAll
    static void theAssessmentWithoutTheCache() throws Exception {
        Run run = start(Map.of("READINESS_NO_CACHE", "1"), "evaluate", ARTICLE).waitFor();
        assertEquals(1, run.exit(), run.err());
        expected = run.out();
    }

    /**
     * Three runs start together on an empty cache: each compiles and writes the same entry at about the
     * same moment. Two more start while they run and may find no entry, or one just renamed into place,
     * never a torn one. Every run prints the assessment; the next one loads it from the cache.
     */
    @Test
    void processesStartedTogetherShareOneCacheWithoutBreakingIt() throws Exception {
        Path cache = temp.resolve("cache");
        Map<String, String> env = Map.of("READINESS_CACHE_DIR", cache.toString());
        List<Started> together = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            together.add(start(env, "evaluate", ARTICLE));
        }
        Thread.sleep(700);
        for (int i = 0; i < 2; i++) {
            together.add(start(env, "evaluate", "--debug", ARTICLE));
            Thread.sleep(300);
        }
        for (Started started : together) {
            Run run = started.waitFor();
            assertEquals(1, run.exit(), run.err());
            assertEquals(expected, run.out());
            assertFalse(run.err().contains("rule cache: rejected") || run.err().contains("warning"), run.err());
        }
        assertEquals(1, entries(cache).size(), "one entry, and no temporary file left: " + entries(cache));
        assertTrue(entries(cache).get(0).endsWith(".rules"));

        Run later = start(env, "evaluate", "--debug", ARTICLE).waitFor();
        assertEquals(expected, later.out());
        assertTrue(later.err().contains("readiness: rule cache: hit"), later.err());
    }

    @Test
    void anUnwritableCacheCostsOneWarningLineAndNotTheRun() throws Exception {
        Path file = Files.writeString(temp.resolve("a-file"), "in the way");
        Run run = start(Map.of("READINESS_CACHE_DIR", file.resolve("cache").toString()), "evaluate", ARTICLE).waitFor();
        assertEquals(1, run.exit(), run.err());
        assertEquals(expected, run.out());
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), run.err());
        assertTrue(lines.get(0).startsWith("readiness: warning: the rule cache is not used: cannot write"), lines.get(0));
    }

    @Test
    void noCacheLeavesTheCacheAlone() throws Exception {
        Path cache = temp.resolve("untouched");
        Run run = start(Map.of("READINESS_CACHE_DIR", cache.toString()), "evaluate", "--no-cache", ARTICLE).waitFor();
        assertEquals(expected, run.out());
        assertFalse(Files.exists(cache));
    }

    private static List<String> entries(Path cache) throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A running process, its output going to files so that several can run at once without blocking. */
    record Started(Process process, Path out, Path err) {
        Run waitFor() throws IOException, InterruptedException {
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the process finishes");
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        }
    }

    static Started start(Map<String, String> env, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", Path.of("target", "readiness.jar").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("READINESS_NO_CACHE");
        builder.environment().remove("READINESS_CACHE_DIR");
        builder.environment().putAll(env);
        Path out = Files.createTempFile("readiness-it", ".out");
        Path err = Files.createTempFile("readiness-it", ".err");
        out.toFile().deleteOnExit();
        err.toFile().deleteOnExit();
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        process.getOutputStream().close();
        return new Started(process, out, err);
    }
}
