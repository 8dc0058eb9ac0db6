package org.readiness.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.readiness.Shipped;
import org.readiness.document.DocumentFiles;

/**
 * The shipped rule tests ({@code tests/}), one JUnit test per case, run through the same reader and
 * runner as {@code readiness test}: a rule change that breaks an expectation fails {@code mvn test}.
 */
class ShippedRuleTests {

    static final Path TESTS = Path.of("tests");

    static List<TestSuite> suites() {
        return TestSuiteReader.load(Shipped.readiness(), DocumentFiles.under(List.of(TESTS)).files()).orThrow();
    }

    @TestFactory
    Stream<DynamicNode> everyCaseInTests() {
        TestRunner runner = new TestRunner(Shipped.readiness());
        return suites().stream().map(suite -> DynamicContainer.dynamicContainer(suite.file(), Path.of(suite.file()).toUri(),
                suite.cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), source(c), () -> {
                    CaseResult result = runner.run(c);
                    assertTrue(result.passed(), c.id() + " at " + c.location() + "\n  " + String.join("\n  ", result.failures()));
                }))));
    }

    /** Every shipped rule is fired by some case, and both conclusions of every criterion are tested. */
    @Test
    void theCasesFireEveryShippedRule() {
        TestRunner runner = new TestRunner(Shipped.readiness());
        Set<String> fired = new LinkedHashSet<>();
        suites().forEach(s -> s.cases().forEach(c -> fired.addAll(runner.run(c).fired())));
        Coverage coverage = runner.coverage(fired);
        assertEquals(List.of(), coverage.notFired().stream().map(r -> r.name()).toList(), "rules no case fires");
        assertEquals(40, coverage.rules());
    }

    @Test
    void everyShippedFactSetHasACase() {
        Set<String> used = suites().stream().flatMap(s -> s.cases().stream()).map(c -> c.facts().origin())
                .collect(Collectors.toSet());
        DocumentFiles.under(List.of(Shipped.FACTS)).files().forEach(f ->
                assertTrue(used.contains(f.toString()), f + " has no rule test in tests/ (origins: " + used + ")"));
    }

    private static URI source(TestCase c) {
        return URI.create(Path.of(c.file()).toUri() + "?line=" + c.location().line());
    }
}
