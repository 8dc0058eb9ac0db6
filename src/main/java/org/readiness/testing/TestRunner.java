package org.readiness.testing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.readiness.Readiness;
import org.readiness.model.Assessment;
import org.readiness.model.CriterionResult;
import org.readiness.model.Finding;
import org.readiness.model.RuleInfo;

/**
 * Runs rule tests against a compiled rule set: each case's fact set is evaluated by the engine exactly as
 * {@code readiness evaluate} would, and the assessment is compared with what the case expects. The
 * command line and the JUnit suite ({@code mvn test}) both run cases through this class.
 */
public final class TestRunner {

    private final Readiness readiness;

    public TestRunner(Readiness readiness) {
        // Cases assert verdicts, statuses and firings: searching for each NO-GO's counterfactual would
        // multiply the cost of a run for nothing a case can check.
        this.readiness = readiness.with(readiness.options().withCounterfactual(readiness.options().counterfactual().disabled()));
    }

    public CaseResult run(TestCase testCase) {
        long start = System.nanoTime();
        Assessment assessment = readiness.evaluate(testCase.facts());
        long nanos = System.nanoTime() - start;
        Set<String> fired = new LinkedHashSet<>();
        for (CriterionResult c : assessment.criteria()) {
            c.findings().forEach(f -> fired.add(f.rule().name()));
        }
        return new CaseResult(testCase, failures(testCase.expect(), assessment, fired), List.copyOf(fired), nanos);
    }

    /** The criterion a rule concludes about, to show what fired in its stead. */
    private String criterionOf(String rule) {
        return readiness.rules().rules().stream().filter(r -> r.name().equals(rule)).map(RuleInfo::criterion).findFirst().orElseThrow();
    }

    /** Runs every case of every suite, in order, and measures which rules they fired together. */
    public TestReport run(List<TestSuite> suites, Double coverageThreshold) {
        List<CaseResult> results = new ArrayList<>();
        Set<String> fired = new LinkedHashSet<>();
        for (TestSuite suite : suites) {
            for (TestCase c : suite.cases()) {
                CaseResult result = run(c);
                results.add(result);
                fired.addAll(result.fired());
            }
        }
        return new TestReport(results, coverage(fired), coverageThreshold);
    }

    /** Which of the rule set's rules are among those fired. */
    public Coverage coverage(Set<String> fired) {
        List<RuleInfo> rules = readiness.rules().rules();
        return new Coverage(rules.size(), rules.stream().filter(r -> !fired.contains(r.name())).toList());
    }

    private List<String> failures(Expectation expect, Assessment assessment, Set<String> fired) {
        List<String> failures = new ArrayList<>();
        if (expect.verdict() != null && expect.verdict() != assessment.verdict()) {
            failures.add("verdict: expected " + expect.verdict() + ", got " + assessment.verdict()
                    + blocking(assessment));
        }
        Map<String, CriterionResult> byId = assessment.criteria().stream()
                .collect(Collectors.toMap(CriterionResult::id, c -> c));
        expect.criteria().forEach((id, status) -> {
            CriterionResult actual = byId.get(id);
            if (actual.status() != status) {
                failures.add(id + ": expected " + status + ", got " + actual.status() + " (" + actual.summary() + ")");
            }
        });
        for (String rule : expect.fired()) {
            if (!fired.contains(rule)) {
                String criterion = criterionOf(rule);
                Set<String> instead = new LinkedHashSet<>();
                byId.get(criterion).findings().forEach(f -> instead.add(f.rule().name()));
                failures.add("fired: expected rule \"" + rule + "\" to fire; " + (instead.isEmpty()
                        ? "no rule about " + criterion + " fired" : "about " + criterion + ", " + quoted(instead) + " fired"));
            }
        }
        for (String rule : expect.notFired()) {
            if (fired.contains(rule)) {
                Finding finding = assessment.criteria().stream().flatMap(c -> c.findings().stream())
                        .filter(f -> f.rule().name().equals(rule)).findFirst().orElseThrow();
                failures.add("notFired: expected rule \"" + rule + "\" not to fire; it did: " + finding.reason());
            }
        }
        return failures;
    }

    private static String blocking(Assessment a) {
        List<String> parts = new ArrayList<>();
        if (!a.notMet().isEmpty()) {
            parts.add("not met: " + String.join(", ", a.notMet()));
        }
        if (!a.unknown().isEmpty()) {
            parts.add("unknown: " + String.join(", ", a.unknown()));
        }
        return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
    }

    private static String quoted(Set<String> names) {
        return names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
    }
}
