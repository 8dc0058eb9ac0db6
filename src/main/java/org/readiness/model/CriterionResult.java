package org.readiness.model;

import java.util.List;

/**
 * A criterion's status, the one-line reason for it, the findings behind it and what would change it.
 */
public record CriterionResult(Criterion criterion, Status status, String summary, List<Finding> findings,
                              List<Change> changes) {

    public CriterionResult {
        findings = List.copyOf(findings);
        changes = List.copyOf(changes);
    }

    public String id() {
        return criterion.id();
    }
}
