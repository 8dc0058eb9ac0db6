package org.readiness.testing;

import java.util.List;

/**
 * The outcome of a test run, which owns its pass/fail policy so that every front end agrees.
 *
 * @param threshold the coverage percentage below which the run fails; null when none was set
 */
public record TestReport(List<CaseResult> results, Coverage coverage, Double threshold) {

    public TestReport {
        results = List.copyOf(results);
    }

    public long passed() {
        return results.stream().filter(CaseResult::passed).count();
    }

    public long failed() {
        return results.size() - passed();
    }

    public boolean coverageBelowThreshold() {
        return threshold != null && coverage.percent() < threshold;
    }

    /** Every case passed and coverage is not below the threshold. */
    public boolean success() {
        return failed() == 0 && !coverageBelowThreshold();
    }
}
