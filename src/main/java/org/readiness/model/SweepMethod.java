package org.readiness.model;

/** How a sweep covered the uncertain fields' combinations. */
public enum SweepMethod {
    /** Every combination, weighted by its probability: the answer is exact. */
    EXACT,
    /** Random combinations drawn with the given probabilities: the answer is an estimate with an interval. */
    MONTE_CARLO
}
