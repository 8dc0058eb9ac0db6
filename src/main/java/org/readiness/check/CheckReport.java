package org.readiness.check;

import java.util.Comparator;
import java.util.List;

/**
 * Everything {@code readiness check} found, and the outcome that decides its exit code, so that every
 * front end agrees on it.
 *
 * @param rules        the rules directory checked
 * @param rulesCompile the DRL compiled (its declarations could be read, fact files checked against them)
 * @param rulesLoad    the rule set loaded whole, so tests were checked and the analysis ran
 * @param factFiles    the fact files checked
 * @param testFiles    the test files checked
 * @param diagnostics  every finding, errors first, then in file and line order
 * @param analysis     how each criterion was analysed, in criteria order
 */
public record CheckReport(String rules, boolean rulesCompile, boolean rulesLoad, List<String> factFiles,
                          List<String> testFiles, List<Diagnostic> diagnostics, List<CriterionAnalysis> analysis) {

    /** What the check comes to, worst first. */
    public enum Outcome {
        /** A file could not be read. */
        UNREADABLE,
        /** The rules do not compile. */
        RULES_INVALID,
        /** Errors or warnings were found. */
        PROBLEMS,
        /** Nothing was found, or only findings the rule files explain. */
        CLEAN
    }

    static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.severity())
            .thenComparing(d -> d.problem().location().file())
            .thenComparingInt(d -> d.problem().location().line())
            .thenComparingInt(d -> d.problem().location().column());

    public CheckReport {
        factFiles = List.copyOf(factFiles);
        testFiles = List.copyOf(testFiles);
        diagnostics = diagnostics.stream().sorted(ORDER).toList();
        analysis = List.copyOf(analysis);
    }

    public Outcome outcome() {
        if (diagnostics.stream().anyMatch(d -> d.problem().code().io())) {
            return Outcome.UNREADABLE;
        }
        if (!rulesCompile) {
            return Outcome.RULES_INVALID;
        }
        return diagnostics.stream().allMatch(d -> d.severity() == Severity.NOTE) ? Outcome.CLEAN : Outcome.PROBLEMS;
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}
