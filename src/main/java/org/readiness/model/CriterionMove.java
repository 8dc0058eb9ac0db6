package org.readiness.model;

import java.util.List;

/**
 * How one criterion moved between two assessments.
 *
 * @param gained findings of the second assessment the first did not have (a finding is its rule, the
 *               facts it matched, its reason and whether its evidence is weak)
 * @param lost   findings of the first assessment the second does not have
 */
public record CriterionMove(Criterion criterion, Status from, Status to, List<Finding> gained, List<Finding> lost) {

    public CriterionMove {
        gained = List.copyOf(gained);
        lost = List.copyOf(lost);
    }

    public boolean moved() {
        return from != to || !gained.isEmpty() || !lost.isEmpty();
    }
}
