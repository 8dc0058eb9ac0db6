package org.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code readiness serve}'s options: what they accept, and usage errors (exit 2) before anything starts. */
class ServeCommandTest {

    @ParameterizedTest
    @CsvSource({
        "--port, 70000, '--port takes 0 to 65535'",
        "--max-body, 12XB, 'is not a size'",
        "--max-body, 0, 'out of range'",
        "--timeout, 5, 'is not a duration'",
        "--timeout, 0s, 'is not a duration'",
        "--max-concurrent, 0, '--max-concurrent takes 1 or more'",
        "--max-connections, 0, '--max-connections takes 1 or more'",
        "--max-body-total, 512KiB, '--max-body-total must be at least --max-body'",
        "--max-body-total, lots, 'is not a size'"})
    void badOptionValuesAreUsageErrors(String option, String value, String message) {
        CliRun run = CliRun.of("serve", "--rules", "no-such-dir", option, value);
        assertEquals(2, run.exit(), run.describe());
        assertTrue(run.err().contains(message), run.describe());
        assertEquals("", run.out());
    }

    @Test
    void aMissingRulesDirectoryIsTheUsualProblemLineAndExitFour() {
        CliRun run = CliRun.of("serve", "--port", "0", "--rules", "no-such-dir");
        assertEquals(4, run.exit(), run.describe());
        assertTrue(run.err().contains("no-such-dir: no rules directory here"), run.describe());
    }

    @Test
    void sizesAndDurationsReadTheirUnits() {
        Quantities.Size size = new Quantities.Size();
        assertEquals(1024 * 1024, size.convert("1MiB"));
        assertEquals(512 * 1024, size.convert("512KiB"));
        assertEquals(1_000_000, size.convert("1MB"));
        assertEquals(65536, size.convert("65536"));
        Quantities.Time time = new Quantities.Time();
        assertEquals(Duration.ofSeconds(5), time.convert("5s"));
        assertEquals(Duration.ofMillis(250), time.convert("250ms"));
        assertEquals(Duration.ofMinutes(2), time.convert("2m"));
    }
}
