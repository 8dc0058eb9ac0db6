package org.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The authoring commands as policy staff run them: the packaged jar as a real process on the shipped
 * rules, facts and tests, its exit codes and its closing lines.
 */
class AuthoringJarIT {

    @Test
    void theShippedTestsPassWithTheClosingLine() throws Exception {
        ReadinessJarIT.Run run = ReadinessJarIT.java("test", "--coverage-threshold", "100");
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(lines.size() - 1).matches("\\d+ passed, 0 failed"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void theShippedProjectChecksClean() throws Exception {
        ReadinessJarIT.Run run = ReadinessJarIT.java("check", "--max-combinations", "1000");
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().endsWith("clean: no problems found\n"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void aFailingTestExitsOneAndBrokenRulesExitThree() throws Exception {
        assertEquals(1, ReadinessJarIT.java("test", "src/test/resources/rule-tests/mixed.yaml").exit());
        assertEquals(3, ReadinessJarIT.java("check", "--rules", "src/test/resources/check/broken").exit());
        assertEquals(2, ReadinessJarIT.java("test", "--no-such-option").exit());
    }
}
