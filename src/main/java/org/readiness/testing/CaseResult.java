package org.readiness.testing;

import java.util.List;

/**
 * How one case came out.
 *
 * @param failures one line per unmet expectation: what was expected and what happened; empty when it passed
 * @param fired    the rules that fired, in the order the assessment lists their findings
 * @param nanos    how long the evaluation took
 */
public record CaseResult(TestCase testCase, List<String> failures, List<String> fired, long nanos) {

    public CaseResult {
        failures = List.copyOf(failures);
        fired = List.copyOf(fired);
    }

    public boolean passed() {
        return failures.isEmpty();
    }
}
