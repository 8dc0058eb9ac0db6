package org.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the command line uses the rule cache: the environment, --no-cache, --debug and the one warning. */
class RuleCacheCliTest {

    static final String ARTICLE = "facts/2025-03-coalition-planning.yaml";

    @TempDir
    Path temp;

    @Test
    void theSecondRunLoadsWhatTheFirstCompiledAndSaysTheSame() {
        Map<String, String> env = Map.of("READINESS_CACHE_DIR", temp.resolve("cache").toString());
        CliRun first = CliRun.withEnv(env, false, "evaluate", "--debug", ARTICLE);
        CliRun second = CliRun.withEnv(env, false, "evaluate", "--debug", ARTICLE);
        CliRun uncached = CliRun.of("evaluate", ARTICLE);
        assertEquals(1, second.exit(), second.describe());
        assertEquals(uncached.out(), first.out());
        assertEquals(uncached.out(), second.out());
        assertTrue(first.err().contains("readiness: rule cache: miss") && first.err().contains("readiness: rule cache: stored"), first.err());
        assertTrue(second.err().contains("readiness: rule cache: hit"), second.err());
        assertTrue(second.err().contains("readiness: rules loaded in"), second.err());
    }

    @Test
    void noCacheNeitherReadsNorWrites() {
        Path cache = temp.resolve("cache");
        CliRun run = CliRun.withEnv(Map.of("READINESS_CACHE_DIR", cache.toString()), false, "evaluate", "--no-cache", "--debug", ARTICLE);
        assertEquals(1, run.exit(), run.describe());
        assertFalse(run.err().contains("rule cache:"), run.err());
        assertFalse(Files.exists(cache));
        CliRun off = CliRun.withEnv(Map.of("READINESS_CACHE_DIR", cache.toString(), "READINESS_NO_CACHE", "1"), false, "evaluate", ARTICLE);
        assertEquals(1, off.exit(), off.describe());
        assertFalse(Files.exists(cache), "READINESS_NO_CACHE turns it off too");
    }

    @Test
    void aCacheThatCannotBeWrittenIsOneWarningLine() throws Exception {
        Path file = Files.writeString(temp.resolve("file"), "in the way");
        CliRun run = CliRun.withEnv(Map.of("READINESS_CACHE_DIR", file.resolve("cache").toString()), false, "evaluate", ARTICLE);
        assertEquals(1, run.exit(), run.describe());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("readiness: warning: the rule cache is not used: cannot write"), run.err());
    }

    @Test
    void checkLoadsThroughTheCacheToo() {
        Map<String, String> env = Map.of("READINESS_CACHE_DIR", temp.resolve("cache").toString());
        CliRun first = CliRun.withEnv(env, false, "check", "--debug", "--max-combinations", "0");
        CliRun second = CliRun.withEnv(env, false, "check", "--debug", "--max-combinations", "0");
        assertEquals(0, second.exit(), second.describe());
        assertEquals(first.out(), second.out());
        assertTrue(first.err().contains("readiness: rule cache: stored"), first.err());
        assertTrue(second.err().contains("readiness: rule cache: hit"), second.err());
        CliRun off = CliRun.withEnv(env, false, "check", "--debug", "--no-cache", "--max-combinations", "0");
        assertFalse(off.err().contains("rule cache:"), off.err());
    }
}
