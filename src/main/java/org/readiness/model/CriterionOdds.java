package org.readiness.model;

/**
 * How a criterion came out across a sweep: the probability of each status, and of being the only
 * blocking criterion that stops a GO (everything else in place, this alone blocks).
 */
public record CriterionOdds(Criterion criterion, double met, double notMet, double unknown, double soleBlocker) {

    /** The probability that this criterion stops a GO: not MET while blocking; 0 for an advisory one. */
    public double blocks() {
        return criterion.blocking() ? notMet + unknown : 0;
    }
}
