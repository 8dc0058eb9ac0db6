package org.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.readiness.BadInputCorpus;
import org.readiness.BadInputCorpus.Case;

/**
 * Every case in {@code src/test/resources/bad-input/cases.yaml} ({@link BadInputCorpus}), through the
 * command line: the documented exit code, one clear line per problem naming the file and line, no stack
 * trace, nothing on stdout and no output file. The test JVM runs with a 512 MiB heap (pom.xml), so the
 * large cases also prove bounded memory.
 */
class BadInputTest {

    static Stream<Case> cases() {
        return BadInputCorpus.cases().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void reportsBadInputClearly(Case c) {
        c.prepare();
        CliRun run = CliRun.of(c.args().stream().map(BadInputCorpus::expand).toArray(String[]::new));
        assertEquals(c.exit(), run.exit(), run.describe());
        assertEquals("", run.out(), "nothing is written to stdout when input is bad\n" + run.describe());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), "no stack trace\n" + run.describe());
        assertTrue(run.err().chars().noneMatch(ch -> ch < 0x20 && ch != '\n'), "no raw control characters: what the input wrote is escaped\n" + run.describe());
        if (c.absent() != null) {
            assertFalse(Files.exists(Path.of(BadInputCorpus.expand(c.absent()))), "no output file is written\n" + run.describe());
        }
        List<String> lines = run.err().lines().toList();
        String first = lines.get(0);
        if (Boolean.TRUE.equals(c.usage())) {
            assertTrue(first.startsWith("readiness: ") && first.contains(c.message()), "message\n" + run.describe());
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("Usage: readiness")), "the command's synopsis\n" + run.describe());
            assertTrue(lines.get(lines.size() - 1).endsWith("--help' for usage."), "a pointer to --help last\n" + run.describe());
            return;
        }
        assertEquals(c.problems() == null ? 1 : c.problems(), lines.size(), "one line per problem\n" + run.describe());
        assertTrue(first.startsWith(BadInputCorpus.expand(c.at())), "location\n" + run.describe());
        assertTrue(first.endsWith("[" + c.code() + "]"), "problem code\n" + run.describe());
        assertTrue(first.contains(c.message()), "message\n" + run.describe());
    }
}
