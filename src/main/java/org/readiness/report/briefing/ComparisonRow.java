package org.readiness.report.briefing;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.readiness.model.Criterion;
import org.readiness.model.CriterionResult;

/**
 * One criterion across the scenarios compared.
 *
 * @param results one per scenario, in the briefing's order; empty where that scenario's rule set has no
 *                such criterion
 */
public record ComparisonRow(Criterion criterion, List<Optional<CriterionResult>> results) {

    public ComparisonRow {
        results = Collections.unmodifiableList(List.copyOf(results));
    }
}
