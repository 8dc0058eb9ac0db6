package org.readiness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a committed golden file. Run the tests with {@code -Dreadiness.updateGoldens=true}
 * to rewrite the golden files after an intended change, then review the diff before committing it.
 */
final class GoldenFiles {

    static final Path DIR = Path.of("src/test/resources/golden");

    private GoldenFiles() {
    }

    static void assertMatches(String name, String actual) {
        Path golden = DIR.resolve(name);
        try {
            if (Boolean.getBoolean("readiness.updateGoldens")) {
                Files.createDirectories(DIR);
                Files.writeString(golden, actual);
            }
            assertEquals(Files.readString(golden), actual,
                    "output differs from " + golden + "; if the change is intended, rerun with -Dreadiness.updateGoldens=true");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
