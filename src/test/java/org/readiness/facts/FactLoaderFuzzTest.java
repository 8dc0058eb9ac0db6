package org.readiness.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.readiness.Shipped;
import org.readiness.model.Problem;
import org.readiness.model.ProblemException;
import org.readiness.rules.FactCatalog;

/**
 * Coverage-guided fuzzing of everything a fact file passes through: decoding, YAML and JSON parsing,
 * validation against the shipped declarations. The only acceptable failure is the documented one, a
 * {@link ProblemException} whose problems print as one line each; anything else (a parser exception
 * leaking out, a stack overflow, an out-of-memory) is a finding.
 *
 * <p>In a normal test run this replays the committed corpus under
 * {@code src/test/resources/org/readiness/facts/FactLoaderFuzzTestInputs/}; with {@code JAZZER_FUZZ=1}
 * (the pom's {@code fuzz} execution, bounded by {@code -Dfuzz.duration}, or {@code bench/fuzz} for a long
 * run) Jazzer mutates inputs; a failing input is saved beside the corpus and replayed from then on.
 */
class FactLoaderFuzzTest {

    private static final FactCatalog CATALOG = Shipped.readiness().rules().catalog();

    @FuzzTest(maxDuration = "30s")
    void factFilesAreReadOrRefusedClearly(FuzzedDataProvider data) {
        String name = data.consumeBoolean() ? "fuzz.json" : "fuzz.yaml";
        byte[] bytes = data.consumeRemainingAsBytes();
        try {
            FactSetReader.parse(bytes, name, CATALOG);
        } catch (ProblemException refused) {
            for (Problem problem : refused.problems()) {
                assertFalse(problem.toString().chars().anyMatch(c -> c < 0x20), "a problem is one printable line: " + problem);
            }
        }
    }
}
