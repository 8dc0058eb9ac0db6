package org.readiness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.readiness.engine.EvaluationOptions;
import org.readiness.model.FactSet;

/** The shipped rule set, compiled once for the whole test run: compiling is the slow part. */
public final class Shipped {

    public static final Path RULES = Path.of("rules");
    public static final Path FACTS = Path.of("facts");
    public static final Path ARTICLE = FACTS.resolve("2025-03-coalition-planning.yaml");
    /** Fixed so that JSON output can be compared with golden files. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-21T12:00:00Z"), ZoneOffset.UTC);

    private static Readiness readiness;

    private Shipped() {
    }

    public static synchronized Readiness readiness() {
        if (readiness == null) {
            readiness = Readiness.load(RULES, EvaluationOptions.DEFAULT.withClock(CLOCK));
        }
        return readiness;
    }

    /** Every shipped fact set that can be evaluated as it stands (those with distributions are for sweep), by file name. */
    public static List<FactSet> certainFactSets() {
        try (Stream<Path> files = Files.list(FACTS)) {
            return files.sorted().map(readiness()::readFacts).filter(f -> f.uncertain().isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many fact or test documents (.yaml, .yml, .json) a shipped directory holds. */
    public static long documents(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches(".*\\.(ya?ml|json)")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
